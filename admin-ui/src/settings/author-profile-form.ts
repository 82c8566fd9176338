/**
 * The author profile form ↔ the profile the REST route takes (pure, unit-tested).
 *
 * Internal dependencies
 */
import { parseKeywords } from '../writer/draft';
import type { AuthorProfile } from './types';

/** What the form holds: words to avoid as typed, comma-separated. */
export interface ProfileForm {
	id?: string;
	name: string;
	tone: string;
	audience: string;
	point_of_view: string;
	banned_words: string;
}

/** The fields POST/PATCH /system/author-profiles take. */
export interface ProfileFields {
	name: string;
	tone: string;
	audience: string;
	point_of_view: string;
	banned_words: string[];
}

export const EMPTY_PROFILE_FORM: ProfileForm = {
	name: '',
	tone: '',
	audience: '',
	point_of_view: '',
	banned_words: '',
};

/** The form's fields as the REST route takes them (with the id of the profile being edited). */
export function profileFromForm(
	form: ProfileForm
): ProfileFields & { id?: string } {
	return {
		...( form.id ? { id: form.id } : {} ),
		name: form.name.trim(),
		tone: form.tone.trim(),
		audience: form.audience.trim(),
		point_of_view: form.point_of_view.trim(),
		banned_words: parseKeywords( form.banned_words ),
	};
}

/** A stored profile in the form, to edit it. */
export function formFromProfile( profile: AuthorProfile ): ProfileForm {
	return {
		id: profile.id,
		name: profile.name,
		tone: profile.tone,
		audience: profile.audience,
		point_of_view: profile.point_of_view,
		banned_words: profile.banned_words.join( ', ' ),
	};
}

/** A deleted profile's fields, to add it again (Undo). */
export function fieldsOf( profile: AuthorProfile ): ProfileFields {
	return {
		name: profile.name,
		tone: profile.tone,
		audience: profile.audience,
		point_of_view: profile.point_of_view,
		banned_words: profile.banned_words,
	};
}
