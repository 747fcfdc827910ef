import type en from '../en/ui-economics';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

const economics: DeepStrings<typeof en> = {
  title: 'Economie',
};
export default economics;
