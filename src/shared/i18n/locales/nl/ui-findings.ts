import type en from '../en/ui-findings';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

const findings: DeepStrings<typeof en> = {
  title: 'Bevindingen',
};
export default findings;
