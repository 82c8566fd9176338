/**
 * A server-sent events reader for fetch() bodies (EventSource cannot send an Authorization
 * header). Pure: the parser is fed text and hands back complete events.
 */

/** One event: its name and its JSON data. */
export interface SseEvent {
	event: string;
	data: Record< string, unknown >;
}

/**
 * Incremental parser: push() text as it arrives, get the events completed by it.
 */
export function createSseParser(): { push: ( text: string ) => SseEvent[] } {
	let buffer = '';
	return {
		push( text: string ): SseEvent[] {
			buffer += text.replace( /\r\n/g, '\n' );
			const events: SseEvent[] = [];
			let end = buffer.indexOf( '\n\n' );
			while ( end !== -1 ) {
				const block = buffer.slice( 0, end );
				buffer = buffer.slice( end + 2 );
				let name = 'message';
				const data: string[] = [];
				for ( const line of block.split( '\n' ) ) {
					if ( line.startsWith( 'event:' ) ) {
						name = line.slice( 6 ).trim();
					} else if ( line.startsWith( 'data:' ) ) {
						data.push( line.slice( 5 ).trimStart() );
					}
				}
				if ( data.length > 0 ) {
					try {
						const parsed: unknown = JSON.parse( data.join( '\n' ) );
						if ( parsed && typeof parsed === 'object' ) {
							events.push( {
								event: name,
								data: parsed as Record< string, unknown >,
							} );
						}
					} catch {
						// A malformed event is skipped; the stream's end decides success.
					}
				}
				end = buffer.indexOf( '\n\n' );
			}
			return events;
		},
	};
}
