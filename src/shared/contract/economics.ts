/** The economics part of the contract (see api.ts for how a method is dispatched). */
import { z } from 'zod';
import { CONTACTS_RULE, FIELD_RULES, type FieldRule, type NumericField } from '../analysis/economics/rules';
import { NPS_MODES, type CustomerEconomics, type EconomicsData, type RoleContacts } from '../analysis/economics/types';
import { command, idSchema, query, roleSchema } from './define';

/** A zod number that follows one of the shared economics rules. */
export function ruleSchema(rule: FieldRule) {
  const base = z.number().finite().max(rule.max);
  const bounded = rule.minExclusive ? base.gt(rule.min) : base.min(rule.min);
  return rule.integer ? bounded.int() : bounded;
}

const contactsSchema = ruleSchema(CONTACTS_RULE);

const patchShape = Object.fromEntries(
  (Object.keys(FIELD_RULES) as NumericField[]).map((field) => [field, ruleSchema(FIELD_RULES[field]).nullable().optional()]),
) as Record<NumericField, z.ZodOptional<z.ZodNullable<ReturnType<typeof ruleSchema>>>>;

export const customerEconomicsPatchSchema = z
  .object({ ...patchShape, npsMode: z.enum(NPS_MODES).optional() })
  .strict();
export type CustomerEconomicsPatch = z.infer<typeof customerEconomicsPatchSchema>;

export const economicsMethods = {
  /** Role mapping, this scenario's explicit contact numbers, and every customer type's inputs. */
  'economics.get': query<EconomicsData>()(z.object({ scenarioId: idSchema }).strict()),
  /** How many contacts a role stands for (null: back to the default), workspace-wide. */
  'economics.setRoleContacts': command<RoleContacts>()(
    z.object({ role: roleSchema, contacts: contactsSchema.nullable() }).strict(),
  ),
  /** An explicit number of expected contacts for one cell (null: back to what the role gives). */
  'economics.setContacts': command<null>()(
    z
      .object({
        scenarioId: idSchema,
        /** null: all customers. */
        customerTypeId: idSchema.nullable(),
        phaseId: idSchema,
        channelId: idSchema,
        contacts: contactsSchema.nullable(),
      })
      .strict(),
  ),
  /** Change some of a customer type's KW / CLV / NPS inputs as one undoable step. */
  'economics.updateCustomerType': command<CustomerEconomics>()(
    z.object({ customerTypeId: idSchema, patch: customerEconomicsPatchSchema }).strict(),
  ),
} as const;

/** The synced tables this area owns. */
export const economicsTables = ['economics_role_contacts', 'economics_contacts', 'economics_customer_types'] as const;
