package dev.colloquy.api.excerpt;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The CEFR bands, easiest first. */
@Enum("CefrLevel")
@Description("A band of the Common European Framework of Reference for languages, easiest (A1) to hardest (C2).")
public enum CefrLevel {
    @Description("Breakthrough: very common words, very short sentences.")
    A1,
    @Description("Waystage.")
    A2,
    @Description("Threshold: the everyday English of news written for a general reader.")
    B1,
    @Description("Vantage.")
    B2,
    @Description("Effective operational proficiency: technical or abstract vocabulary, long sentences.")
    C1,
    @Description("Mastery.")
    C2
}
