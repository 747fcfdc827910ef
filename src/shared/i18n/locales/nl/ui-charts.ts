import type en from '../en/ui-charts';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

const charts: DeepStrings<typeof en> = {
  title: 'Grafieken',
};
export default charts;
