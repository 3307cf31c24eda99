import { z } from 'astro/zod';

const Contact = z
	.object({
		/** How to reach them. */
		via: z
			.enum(['slack', 'phone', 'sms', 'email', 'pager', 'other'])
			.describe('How to reach them: `slack`, `phone`, `sms`, `email`, `pager` or `other`.'),
		/** The handle, number or address. Organisations replace the placeholders with their own. */
		value: z.string().min(1).describe('The handle, number or address, e.g. `@oncall-primary`.'),
	})
	.strict();

/**
 * A role, stored as `src/content/roles/<id>.yaml`: either an incident role people take during a
 * response (commander, tech lead, comms lead, scribe), or a responder that escalation policies
 * page (primary on-call, team lead, CTO…).
 */
export const roleSchema = () =>
	z
		.object({
			name: z.string().min(1).describe('The role’s name, e.g. `Incident commander`.'),
			short: z.string().optional().describe('An abbreviation, e.g. `IC`.'),
			kind: z
				.enum(['incident-role', 'responder'])
				.describe(
					'`incident-role` for roles taken during a response, `responder` for people escalation pages.',
				),
			summary: z.string().min(1).describe('One line: what this role is for.'),
			typically: z
				.string()
				.optional()
				.describe('Who usually takes it, e.g. `A senior engineer or team lead`.'),
			duties: z
				.array(z.string().min(1))
				.default([])
				.describe('What this role does during an incident.'),
			firstFifteenMinutes: z
				.array(z.string().min(1))
				.default([])
				.describe('A checklist for the first 15 minutes in this role.'),
			contacts: z.array(Contact).default([]).describe('How to reach whoever holds this role.'),
		})
		.strict();

export type RoleData = z.output<ReturnType<typeof roleSchema>>;
