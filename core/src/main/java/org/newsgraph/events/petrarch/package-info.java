/**
 * PETRARCH/TABARI compatibility: read PETRARCH dictionaries and validation files, code with them.
 *
 * <ul>
 *   <li>{@link org.newsgraph.events.petrarch.Dictionaries#load(String)}: a {@code --dictionaries}
 *       spec, {@code petrarch:DIR} or a folder of our own format.</li>
 *   <li>{@link org.newsgraph.events.petrarch.PetrarchDictionaries}: the verb, actor, agent and discard
 *       files ({@link org.newsgraph.events.petrarch.PetrarchVerbs}, {@link org.newsgraph.events.petrarch.PetrarchActors},
 *       {@link org.newsgraph.events.petrarch.PetrarchAgents}, {@link org.newsgraph.events.petrarch.PetrarchDiscards});
 *       {@code toActorDictionary()} maps actors, agents and discards into our
 *       {@link org.newsgraph.actors.ActorDictionary}.</li>
 *   <li>{@link org.newsgraph.events.petrarch.PetrarchCoder}: codes our {@link org.newsgraph.annotate.Document}
 *       the way PETRARCH's patterns mean it (word-order patterns before and after the verb, synsets,
 *       {@code $ + % ^}, reciprocal codes, dated actor codes, agent composition).</li>
 *   <li>{@link org.newsgraph.events.petrarch.PetrarchPatterns}: the verb file as our own
 *       {@link org.newsgraph.events.EventPatterns}, as far as that model can hold it, for
 *       {@link org.newsgraph.events.EventCoder}.</li>
 *   <li>{@link org.newsgraph.events.petrarch.Validation}: a PETRARCH validation file coded from its gold
 *       parses ({@link org.newsgraph.annotate.Trees}) and scored; the CLI is {@code newsgraph validate-petrarch}.</li>
 * </ul>
 *
 * PETRARCH's files are third-party data: read them from the user's folder, never bundle them.
 */
package org.newsgraph.events.petrarch;
