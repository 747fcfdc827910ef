import type en from '../en/ui';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

const ui: DeepStrings<typeof en> = {
  app: { title: 'Channelwise' },
};
export default ui;
