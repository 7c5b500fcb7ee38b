/** Task pane entry (webpack `taskpane` chunk): mounts the React app into taskpane.html's #container. */
import { startTaskpane } from "./start-taskpane";

void startTaskpane(document.getElementById("container"));
