/**
 * The building blocks of the contract: how a method is declared, and the
 * schemas every area's method table shares. Area tables (contract/*.ts) and
 * api.ts import from here, so no table depends on another.
 */
import { z } from 'zod';
import { CATALOG_KINDS, EVIDENCE_LEVELS, LANGUAGES, MAX_TEXT_LENGTH } from '../domain/types';

// ---- reusable schemas -------------------------------------------------------

export const idSchema = z.string().min(1).max(64);
/** Names are checked for emptiness/length/uniqueness by the services, with their own error codes. */
export const nameSchema = z.string().max(10_000);
export const textSchema = z.string().max(MAX_TEXT_LENGTH);
export const pathSchema = z.string().min(1).max(4096);
export const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/).nullable();
export const percentSchema = z.number().finite().min(0).max(100);
export const moneySchema = z.number().finite().min(0);

export const langSchema = z.enum(LANGUAGES);
export const catalogKindSchema = z.enum(CATALOG_KINDS);
export const roleSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);
export const evidenceSchema = z.enum(EVIDENCE_LEVELS);
export const lensSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.enum(['customerType', 'typology', 'productDomain']), id: idSchema }),
]);

export const empty = z.object({}).strict();

/** A method: its input schema and (as a phantom) its result type. */
export interface MethodDef<I extends z.ZodType, R> {
  input: I;
  /** Type-level only; never read at run time. */
  result?: R;
  /** Whether the method changes the workspace (refused on a read-only one). */
  writes: boolean;
}
export const query = <R>() => <I extends z.ZodType>(input: I): MethodDef<I, R> => ({ input, writes: false });
export const command = <R>() => <I extends z.ZodType>(input: I): MethodDef<I, R> => ({ input, writes: true });

