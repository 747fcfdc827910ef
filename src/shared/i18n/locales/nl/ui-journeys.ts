import type en from '../en/ui-journeys';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

const journeys: DeepStrings<typeof en> = {
  title: 'Klantreizen',
};
export default journeys;
