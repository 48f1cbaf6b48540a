package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void cleansRomanisedSyllablesAndPossessives() {
    assertEquals("Kim Jong Un", Names.clean("Kim Jong-Un"));
    assertEquals("Choe Ryong Hae", Names.clean("Choe  Ryong-Hae’s"));
    assertEquals("Jean-Claude Juncker", Names.clean("Jean-Claude Juncker"));
    assertEquals("Andrew Lloyd-Webber", Names.clean("Andrew Lloyd-Webber"));
    assertEquals("Gates", Names.clean("Mr Gates"));
    assertEquals("John Smith", Names.clean("Dr. John Smith"));
    assertEquals("Mr", Names.clean("Mr"));
  }

  @Test
  void mergesVariantsAcrossArticles() {
    Names names = new Names();
    assertEquals("Kim Jong Un", names.canonical("PERSON", "Kim Jong Un"));
    assertEquals("Kim Jong Un", names.canonical("PERSON", "Kim Jong-Un"));
    assertEquals("Kim Jong Un", names.canonical("PERSON", "KIM JONG UN"));
    assertEquals("Vladimir Putin", names.canonical("PERSON", "Vladimir Putin"));
    assertEquals("Vladimir Putin", names.canonical("PERSON", "Vladimir Vladimirovich Putin"));
    assertEquals("Kim Jong Il", names.canonical("PERSON", "Kim Jong-Il"));
    assertEquals("Interfax", names.canonical("ORGANIZATION", "Interfax"));
    assertEquals("Interfax", names.canonical("PERSON", "Interfax")); // a different type is a different entity
    assertTrue(names.variants().containsKey("PERSON|vladimir vladimirovich putin"));
  }

  @Test
  void acronyms() {
    assertTrue(EntityFinder.isAcronym("EU", "European Union"));
    assertTrue(EntityFinder.isAcronym("ICC", "International Criminal Court"));
    assertTrue(EntityFinder.isAcronym("U.N.", "United Nations"));
    assertFalse(EntityFinder.isAcronym("UN", "UN Security Council"));
    assertFalse(EntityFinder.isAcronym("Eu", "European Union"));
  }
}
