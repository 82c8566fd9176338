/** @jsxImportSource hono/jsx */
/**
 * The page shell: skip link, header with the account and the signed-in user, the main
 * navigation (aria-current on the open page), and one stylesheet and one small script,
 * both cached (assets.ts). Signed-out pages use the same shell without the navigation.
 */
import type { Child } from 'hono/jsx';
import { ASSET_VERSION } from '../assets';
import type { Viewer } from '../types';
import { CsrfField, Notice } from './forms';
import { when } from './format';

/** Until the owner confirms their email the account holds no trial credits; say so on every page. */
function VerifyReminder( props: { viewer: Viewer } ) {
	return (
		<Notice kind="warning">
			Confirm your email address: follow the link we sent to <strong>{ props.viewer.email }</strong> to receive your free-trial credits.{ ' ' }
			<form method="post" action="/portal/account/verify-email" class="inline">
				<CsrfField token={ props.viewer.csrf } />
				<button type="submit" class="link">Send the link again</button>
			</form>
		</Notice>
	);
}

/** A failed payment's grace period, or a suspended / cancelled account: what happened and what to do, on every page. */
export function AccountBanner( props: { viewer: Viewer } ) {
	const { status, statusReason, graceUntil } = props.viewer.account;
	if ( status === 'suspended' || status === 'cancelled' ) {
		return (
			<Notice kind="error">
				This account is { status }{ statusReason ? `: ${ statusReason }` : '' }. Its sites cannot start new AI jobs.{ ' ' }
				{ status === 'suspended' ? 'Contact support with your account ID (on the Account page) to have it restored.' : 'Contact support with your account ID (on the Account page) to reopen it.' }
			</Notice>
		);
	}
	if ( graceUntil ) {
		return (
			<Notice kind="warning">
				Your last payment failed. Update your payment method before { when( graceUntil ) }, or the account moves to the free tier and its monthly allowance stops. <a href="/portal/billing">Go to Billing</a>
			</Notice>
		);
	}
	return null;
}

const NAV = [
	[ '/portal/overview', 'Overview' ],
	[ '/portal/sites', 'Sites' ],
	[ '/portal/usage', 'Usage' ],
	[ '/portal/transactions', 'Transactions' ],
	[ '/portal/billing', 'Billing' ],
	[ '/portal/account', 'Account' ],
] as const;

export function Layout( props: { title: string; viewer?: Viewer | undefined; current?: string; children?: Child } ) {
	const { viewer } = props;
	return (
		<html lang="en">
			<head>
				<meta charset="utf-8" />
				<meta name="viewport" content="width=device-width, initial-scale=1" />
				<title>{ `${ props.title } · IGNY8 portal` }</title>
				<link rel="stylesheet" href={ `/portal/assets/portal.css?v=${ ASSET_VERSION }` } />
				<script src={ `/portal/assets/portal.js?v=${ ASSET_VERSION }` } defer></script>
			</head>
			<body>
				<a class="skip" href="#main">Skip to content</a>
				<header class="top">
					<a class="brand" href="/portal/overview">IGNY8</a>
					{ viewer ? (
						<>
							<nav aria-label="Portal">
								<ul>
									{ NAV.map( ( [ href, label ] ) => (
										<li>
											<a href={ href } aria-current={ props.current === href ? 'page' : undefined }>
												{ label }
											</a>
										</li>
									) ) }
								</ul>
							</nav>
							<div class="who">
								<span>
									{ viewer.accountName } · { viewer.email } <span class="role">{ viewer.role }</span>
								</span>
								<form method="post" action="/portal/logout">
									<CsrfField token={ viewer.csrf } />
									<button type="submit" class="link">Log out</button>
								</form>
							</div>
						</>
					) : null }
				</header>
				<main id="main">
					<h1>{ props.title }</h1>
					{ viewer ? <AccountBanner viewer={ viewer } /> : null }
					{ viewer?.unverified ? <VerifyReminder viewer={ viewer } /> : null }
					{ props.children }
				</main>
			</body>
		</html>
	);
}
