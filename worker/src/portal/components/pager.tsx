/** @jsxImportSource hono/jsx */
/** Previous / next links for a paginated table (plain links: works without script). */
export function Pager( props: { base: string; page: number; pageSize: number; count: number; label?: string; newer?: string; older?: string } ) {
	const pages = Math.max( 1, Math.ceil( props.count / props.pageSize ) );
	const link = ( page: number ) => `${ props.base }?page=${ page }`;
	return (
		<nav class="pager" aria-label={ props.label ?? 'Pages' }>
			{ props.page > 1 ? <a href={ link( Math.min( props.page - 1, pages ) ) } rel="prev">{ props.newer ?? '← Newer' }</a> : <span /> }
			<span>
				Page { props.page } of { pages } ({ props.count } entries)
			</span>
			{ props.page < pages ? <a href={ link( props.page + 1 ) } rel="next">{ props.older ?? 'Older →' }</a> : <span /> }
		</nav>
	);
}
