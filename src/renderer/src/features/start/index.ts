/** The start screen: create, open or recover a workspace. */
export { StartScreen } from './StartScreen';
