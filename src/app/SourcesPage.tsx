/** The sources & methods page lives with the people feature (src/people/SourcesMethods.tsx). */
export { SourcesMethods as SourcesPage } from "../people/SourcesMethods";
