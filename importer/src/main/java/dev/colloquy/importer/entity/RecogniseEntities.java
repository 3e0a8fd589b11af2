package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.Entity;
import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.interview.Speaker;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.entity.Gazetteer.Entry;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.text.Prose;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people, organisations, places, events and products the article mentions, offline: the
 * bundled gazetteer, the article's own participants and publication, and rules for the shapes names take.
 * Page debris is not read.
 */
public final class RecogniseEntities implements Stage {

    private static final double TITLE_CASE_SHARE = 0.7;

    private final Gazetteer gazetteer;

    public RecogniseEntities() {
        this(Gazetteer.standard());
    }

    RecogniseEntities(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "recognise-entities";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.BLOCKS, Fact.EXCHANGES, Fact.PARTICIPANTS);
    }

    @Override
    public Set<Fact> provides() {
        return Set.of(Fact.ENTITIES);
    }

    @Override
    public void apply(WorkingDocument document) {
        CandidateScanner scanner = new CandidateScanner(document.text(), gazetteer, articleNames(document));
        for (Block block : document.blocks()) {
            if (!block.is(BlockKind.DEBRIS)) {
                scanner.scan(block.span().start(), block.span().end(), isTitleCase(block));
            }
        }
        for (Entity entity : EntityResolver.resolve(scanner.candidates(), document.exchanges())) {
            document.addEntity(withRoleAlias(entity, document.interviewee()));
        }
    }

    /** The interviewee's role ("NATO Secretary General") is one more way the article refers to them. */
    private static Entity withRoleAlias(Entity entity, Speaker interviewee) {
        if (interviewee == null
                || interviewee.role() == null
                || !entity.name().equals(interviewee.name())
                || entity.aliases().contains(interviewee.role())) {
            return entity;
        }
        List<String> aliases = new ArrayList<>(entity.aliases());
        aliases.add(interviewee.role());
        return new Entity(entity.name(), entity.type(), aliases, entity.mentions());
    }

    private static Map<String, Entry> articleNames(WorkingDocument document) {
        Map<String, Entry> names = new HashMap<>();
        for (Speaker speaker : new Speaker[] {document.interviewee(), document.interviewer()}) {
            if (speaker != null) {
                names.put(speaker.name(), new Entry(speaker.name(), EntityType.PERSON));
            }
        }
        if (document.publication() != null) {
            names.put(document.publication(), new Entry(document.publication(), EntityType.ORGANIZATION));
        }
        return names;
    }

    /** Headlines in title case capitalise every word, so capitals there say nothing about names. */
    private static boolean isTitleCase(Block block) {
        int words = Prose.wordCount(block.text());
        return block.is(BlockKind.HEADLINE)
                && words >= 4
                && Prose.capitalisedWordCount(block.text()) >= TITLE_CASE_SHARE * words;
    }
}
