/** @jsxImportSource hono/jsx */
/** Form pieces: the CSRF field every form carries, labelled fields with their errors, notices. */
import type { Child } from 'hono/jsx';
import { CSRF_FIELD } from '../csrf';

export type FormErrors = Record<string, string[] | undefined>;

export const CsrfField = ( props: { token: string } ) => <input type="hidden" name={ CSRF_FIELD } value={ props.token } />;

export function Field( props: { name: string; label: string; type?: string; value?: string; errors?: FormErrors | undefined; autocomplete?: string; required?: boolean; hint?: string; min?: number } ) {
	const id = `f-${ props.name }`;
	const errors = props.errors?.[ props.name ] ?? [];
	const describedBy = [ props.hint ? `${ id }-hint` : '', errors.length ? `${ id }-err` : '' ].filter( Boolean ).join( ' ' ) || undefined;
	return (
		<p class="field">
			<label for={ id }>{ props.label }</label>
			<input
				id={ id }
				name={ props.name }
				type={ props.type ?? 'text' }
				value={ props.value }
				autocomplete={ props.autocomplete }
				required={ props.required ?? true }
				aria-invalid={ errors.length ? 'true' : undefined }
				aria-describedby={ describedBy }
			/>
			{ props.hint ? <small id={ `${ id }-hint` }>{ props.hint }</small> : null }
			{ errors.length ? (
				<small id={ `${ id }-err` } class="error">
					{ errors.join( ' ' ) }
				</small>
			) : null }
		</p>
	);
}

/** A status message; errors are announced (role="alert"), the rest politely (role="status"). */
export function Notice( props: { kind?: 'info' | 'success' | 'warning' | 'error'; children?: Child } ) {
	const kind = props.kind ?? 'info';
	return (
		<div class={ `notice ${ kind }` } role={ kind === 'error' ? 'alert' : 'status' }>
			{ props.children }
		</div>
	);
}

/** A one-button POST form (rotate, revoke, buy…), with its CSRF token. */
export function ActionForm( props: { action: string; token: string; label: string; danger?: boolean; fields?: Record<string, string>; confirm?: string } ) {
	return (
		<form method="post" action={ props.action } class="inline" data-confirm={ props.confirm }>
			<CsrfField token={ props.token } />
			{ Object.entries( props.fields ?? {} ).map( ( [ name, value ] ) => (
				<input type="hidden" name={ name } value={ value } />
			) ) }
			<button type="submit" class={ props.danger ? 'danger' : undefined }>
				{ props.label }
			</button>
		</form>
	);
}
