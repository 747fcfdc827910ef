/** Renderer texts of the findings feature (ui.findings.*). */
const findings = {
  title: 'Findings',
};
export default findings;
