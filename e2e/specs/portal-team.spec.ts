/**
 * The team in Chromium: the owner invites by email (read from the local mailbox), the member joins by
 * the emailed link, the owner changes the member's role and removes them — the member's open page
 * then leads to the login — and the last owner can neither step down nor leave.
 */
import { test, expect } from '@playwright/test';
import { screenshotPath } from '../lib/artifacts';
import { emailedLink, registerVerifiedOwner } from '../lib/cloud-accounts';

const cloudUrl = process.env.IGNY8_TEST_CLOUD_URL ?? '';
const run = `${ Date.now().toString( 36 ) }${ Math.random().toString( 36 ).slice( 2, 6 ) }`;
const owner = { email: `team-owner-${ run }@igny8.test`, password: 'team-password-1', account_name: `Team Agency ${ run }` };
const memberEmail = `team-member-${ run }@igny8.test`;

test( 'invite by email → accept → role change → removal; the last owner stays', async ( { browser } ) => {
	await registerVerifiedOwner( owner );
	const ownerContext = await browser.newContext( { baseURL: cloudUrl, storageState: { cookies: [], origins: [] } } );
	const portal = await ownerContext.newPage();
	await portal.goto( '/portal/login' );
	await portal.getByLabel( 'Email' ).fill( owner.email );
	await portal.getByLabel( 'Password' ).fill( owner.password );
	await portal.getByRole( 'button', { name: 'Log in' } ).click();
	await portal.goto( '/portal/account' );

	// A typo keeps what was typed; then the invitation goes out by email.
	await portal.getByLabel( 'Email', { exact: true } ).fill( 'member-at-example' );
	await portal.getByLabel( 'Role', { exact: true } ).selectOption( 'viewer' );
	await portal.getByRole( 'button', { name: 'Create invitation' } ).click();
	await expect( portal.getByLabel( 'Email', { exact: true } ) ).toHaveValue( 'member-at-example' );
	await portal.getByLabel( 'Email', { exact: true } ).fill( memberEmail );
	await portal.getByRole( 'button', { name: 'Create invitation' } ).click();
	await expect( portal.getByText( `Invitation emailed to ${ memberEmail }.` ) ).toBeVisible();

	const memberContext = await browser.newContext( { baseURL: cloudUrl, storageState: { cookies: [], origins: [] } } );
	const member = await memberContext.newPage();
	await member.goto( await emailedLink( memberEmail, '/portal/invite/' ) );
	await member.getByLabel( 'Choose a password' ).fill( 'member-password-1' );
	await member.getByRole( 'button', { name: 'Join' } ).click();
	await expect( member ).toHaveURL( /\/portal\/overview$/ );
	await member.goto( '/portal/sites' );
	await expect( member.getByRole( 'button', { name: 'Add site' } ) ).toHaveCount( 0 );

	await portal.reload();
	const row = portal.getByRole( 'row', { name: new RegExp( memberEmail ) } );
	await row.getByLabel( `Role of ${ memberEmail }` ).selectOption( 'admin' );
	await row.getByRole( 'button', { name: 'Change role' } ).click();
	await expect( portal.getByText( 'Role changed to admin' ) ).toBeVisible();
	await member.reload();
	await expect( member.getByRole( 'button', { name: 'Add site' } ) ).toBeVisible();
	await portal.screenshot( { path: screenshotPath( 'portal-team' ), fullPage: true } );

	// The last owner can neither step down nor leave.
	const ownerRow = portal.getByRole( 'row', { name: new RegExp( owner.email ) } );
	await ownerRow.getByLabel( `Role of ${ owner.email }` ).selectOption( 'viewer' );
	await ownerRow.getByRole( 'button', { name: 'Change role' } ).click();
	await expect( portal.getByText( 'The account needs at least one owner' ) ).toBeVisible();

	portal.once( 'dialog', ( dialog ) => void dialog.accept() );
	await portal.getByRole( 'row', { name: new RegExp( memberEmail ) } ).getByRole( 'button', { name: 'Remove' } ).click();
	await expect( portal.getByText( `${ memberEmail } was removed and signed out everywhere.` ) ).toBeVisible();
	await member.reload();
	await expect( member ).toHaveURL( /\/portal\/login\?/ );
	await ownerContext.close();
	await memberContext.close();
} );
