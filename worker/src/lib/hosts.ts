/** Host and environment facts shared by the delivery URL rules and the production configuration check. */

/** Development and test stacks serve WordPress, the fake model and the test receiver over plain http on loopback. */
export const isLocalEnvironment = ( environment: string | undefined ): boolean => environment === 'development' || environment === 'test';

/** localhost, *.localhost, 127.0.0.0/8 and [::1] (a URL's hostname, IPv6 in brackets). */
export function isLoopbackHost( host: string ): boolean {
	const name = host.toLowerCase().replace( /\.$/, '' );
	return name === 'localhost' || name.endsWith( '.localhost' ) || /^127(\.\d{1,3}){3}$/.test( name ) || name === '[::1]';
}
