/**
 * TEST DOUBLE — draws a small, valid PNG for the fake image endpoint. The
 * picture (a two-colour gradient with a stripe) is derived from the prompt, so
 * the same prompt always yields the same bytes.
 */
import { crc32, deflateSync } from 'node:zlib';
import { hashText } from './article.ts';

function chunk( type: string, data: Buffer ): Buffer {
	const length = Buffer.alloc( 4 );
	length.writeUInt32BE( data.length );
	const body = Buffer.concat( [ Buffer.from( type, 'latin1' ), data ] );
	const crc = Buffer.alloc( 4 );
	crc.writeUInt32BE( crc32( body ) >>> 0 );
	return Buffer.concat( [ length, body, crc ] );
}

/** Encodes an RGB PNG of `width`×`height` whose colours come from `prompt`. */
export function promptPng( prompt: string, width = 64, height = 64 ): Buffer {
	const seed = hashText( prompt );
	const from = [ seed & 0xff, ( seed >>> 8 ) & 0xff, ( seed >>> 16 ) & 0xff ];
	const to = [ 255 - from[ 0 ]!, 255 - from[ 1 ]!, 255 - from[ 2 ]! ];
	const stripe = ( seed >>> 24 ) % Math.max( 1, height );
	const rows: Buffer[] = [];
	for ( let y = 0; y < height; y++ ) {
		const row = Buffer.alloc( 1 + width * 3 ); // first byte: filter type 0 (none)
		for ( let x = 0; x < width; x++ ) {
			const t = width > 1 ? x / ( width - 1 ) : 0;
			for ( let c = 0; c < 3; c++ ) {
				const value = Math.round( from[ c ]! + ( to[ c ]! - from[ c ]! ) * t );
				row[ 1 + x * 3 + c ] = Math.abs( y - stripe ) < 2 ? 255 - value : value;
			}
		}
		rows.push( row );
	}
	const header = Buffer.alloc( 13 );
	header.writeUInt32BE( width, 0 );
	header.writeUInt32BE( height, 4 );
	header[ 8 ] = 8; // bit depth
	header[ 9 ] = 2; // colour type: truecolour RGB
	return Buffer.concat( [
		Buffer.from( [ 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a ] ),
		chunk( 'IHDR', header ),
		chunk( 'IDAT', deflateSync( Buffer.concat( rows ) ) ),
		chunk( 'IEND', Buffer.alloc( 0 ) ),
	] );
}
