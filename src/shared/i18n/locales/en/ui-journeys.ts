/** Renderer texts of the journeys feature (ui.journeys.*). */
const journeys = {
  title: 'Journeys',
};
export default journeys;
