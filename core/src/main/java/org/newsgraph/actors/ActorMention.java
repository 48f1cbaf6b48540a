package org.newsgraph.actors;

/**
 * A span of a sentence recognised as a CAMEO actor, valid on the event date.
 *
 * @param code     full CAMEO actor code ("RUSGOV", "PRK", "IGOUNO")
 * @param name     canonical name of what matched ("Vladimir Putin", "North Korea")
 * @param country  3-letter country code part, or null for IGOs and the like
 * @param role     role/agent part ("GOV", "MIL"), or null
 * @param sentence sentence index; tokenStart/tokenEnd token span [start, end) in that sentence
 * @param start    character offsets into the body
 * @param evidence how it was recognised ("dictionary: Russian Foreign Minister", "composed: Russian + minister")
 */
public record ActorMention(String code, String name, String country, String role, int sentence,
                           int tokenStart, int tokenEnd, int start, int end, String text, String evidence) {}
