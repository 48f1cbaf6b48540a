package org.newsgraph.events;

import org.newsgraph.actors.ActorMention;
import org.newsgraph.places.Location;

/**
 * One report of an event in one sentence of one article.
 *
 * @param articleId     article it came from
 * @param sentence      sentence index; start/end the character span of the sentence in the body
 * @param text          the sentence text
 * @param source        who acted
 * @param target        acted upon, or null
 * @param code          CAMEO event code as a string with leading zeros ("043")
 * @param rootCode      two-digit root ("04")
 * @param quadClass     1 verbal cooperation .. 4 material conflict
 * @param goldstein     Goldstein score of the code
 * @param date          ISO date of the event at its precision ("2014-11-18", "2014-11", "2011"), or null
 * @param datePrecision "day", "month", "year" or "unknown"
 * @param location      where, or null
 * @param mode          "actual", "planned", "hypothetical" or "negated"
 * @param confidence    0..1
 * @param trigger       the word(s) that triggered the code
 * @param pattern       the pattern that matched, as written in the pattern file
 * @param why           a human-readable explanation (trigger, pattern, actor evidence, date source)
 * @param triggerStart  character offsets of the trigger word in the body (-1 when unknown)
 * @param triggerEnd    end of the trigger word
 * @param depth         dependency depth of the trigger in its sentence (0: the main verb; a verb
 *                      of saying ranks below what it reports); the shallower, the more salient
 *                      (see {@link Salience})
 */
public record EventMention(String articleId, int sentence, int start, int end, String text,
                           ActorMention source, ActorMention target, String code, String rootCode,
                           int quadClass, double goldstein, String date, String datePrecision,
                           Location location, String mode, double confidence, String trigger,
                           String pattern, String why, int triggerStart, int triggerEnd, int depth) {

  /** A mention without trigger offsets or depth (kept for callers written before they existed). */
  public EventMention(String articleId, int sentence, int start, int end, String text,
                      ActorMention source, ActorMention target, String code, String rootCode,
                      int quadClass, double goldstein, String date, String datePrecision,
                      Location location, String mode, double confidence, String trigger,
                      String pattern, String why) {
    this(articleId, sentence, start, end, text, source, target, code, rootCode, quadClass, goldstein, date,
        datePrecision, location, mode, confidence, trigger, pattern, why, -1, -1, 0);
  }
}
