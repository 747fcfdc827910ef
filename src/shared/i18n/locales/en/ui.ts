/** Renderer texts. Owned by the renderer; keep keys grouped by feature. */
const ui = {
  app: { title: 'Channelwise' },
};
export default ui;
