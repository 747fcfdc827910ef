/** Pure helpers for the customer-type dimension sliders: names, positions and how a position reads aloud. */
import type { TFunction } from 'i18next';
import type { CustomerType, Dimension } from '@shared/domain/types';

/** Where a customer type sits on a dimension it was never placed on: neither pole. */
export const DIMENSION_DEFAULT = 50;
export const DIMENSION_MIN = 0;
export const DIMENSION_MAX = 100;

export type SliderBand = 'middle' | 'slightly' | 'leaning' | 'strongly';

/**
 * How far a position leans, and to which pole. Bands are symmetric around the
 * middle so "30" and "70" read alike, each towards its own pole.
 */
export function sliderBand(value: number): { band: SliderBand; pole: 'a' | 'b' | null } {
  const offset = value - DIMENSION_DEFAULT;
  if (offset === 0) return { band: 'middle', pole: null };
  const pole = offset < 0 ? 'a' : 'b';
  const distance = Math.abs(offset);
  if (distance <= 10) return { band: 'slightly', pole };
  if (distance < 40) return { band: 'leaning', pole };
  return { band: 'strongly', pole };
}

/** aria-valuetext of a slider, e.g. "70: leaning Open". */
export function sliderValueText(t: TFunction, value: number, dimension: Pick<Dimension, 'poleA' | 'poleB'>): string {
  const rounded = Math.round(value);
  const { band, pole } = sliderBand(rounded);
  if (pole === null) return t('ui.profiles.slider.middle', { value: rounded });
  return t(`ui.profiles.slider.${band}`, { value: rounded, pole: pole === 'a' ? dimension.poleA : dimension.poleB });
}

/** Accessible name of a slider, e.g. "Openness: Conservative to Open". */
export function sliderName(t: TFunction, dimension: Pick<Dimension, 'name' | 'poleA' | 'poleB'>): string {
  return t('ui.profiles.slider.name', { dimension: dimension.name, poleA: dimension.poleA, poleB: dimension.poleB });
}

/** The customer type's position on a dimension, clamped to the slider's range. */
export function dimensionValue(type: Pick<CustomerType, 'dimensions'>, dimensionId: string): number {
  const value = type.dimensions[dimensionId];
  if (value === undefined || !Number.isFinite(value)) return DIMENSION_DEFAULT;
  return Math.min(DIMENSION_MAX, Math.max(DIMENSION_MIN, value));
}

/** Whether the type was ever placed on the dimension (otherwise the slider shows the default). */
export function hasDimensionValue(type: Pick<CustomerType, 'dimensions'>, dimensionId: string): boolean {
  return type.dimensions[dimensionId] !== undefined;
}
