package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.Entity;
import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.interview.Speaker;
import dev.colloquy.importer.document.Block;
import dev.colloquy.importer.document.BlockKind;
import dev.colloquy.importer.document.Fact;
import dev.colloquy.importer.document.WorkingDocument;
import dev.colloquy.importer.entity.Gazetteer.Entry;
import dev.colloquy.importer.entity.model.NameModel;
import dev.colloquy.importer.entity.model.NameModel.Name;
import dev.colloquy.importer.pipeline.Stage;
import dev.colloquy.importer.text.Prose;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people, organisations, places, events and products the article mentions, offline: a statistical
 * name model (trained on GUM, shipped as a resource), the article's own participants and publication, the
 * bundled reference gazetteer, and rules for the shapes names take; then joins the mentions of one entity.
 * Page debris is not read.
 */
public final class RecogniseEntities implements Stage {

    private static final double TITLE_CASE_SHARE = 0.7;

    private final Gazetteer gazetteer;
    private final NameModel model;

    public RecogniseEntities() {
        this(Gazetteer.standard(), NameModel.standard());
    }

    RecogniseEntities(Gazetteer gazetteer, NameModel model) {
        this.gazetteer = gazetteer;
        this.model = model;
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
        List<Block> read = document.blocks().stream()
                // the closing section after the transcript ("## Wrap Up") was page debris until issue 10 and is read
                // for quotes only: its entities await entity gold that covers it
                .filter(block -> !block.is(BlockKind.DEBRIS) && !block.is(BlockKind.CLOSING))
                .toList();
        BitSet titleCase = new BitSet(read.size());
        for (int i = 0; i < read.size(); i++) {
            titleCase.set(i, isTitleCase(read.get(i)));
        }
        NameModel.Finder finder = model.finder();
        List<Name> modelNames = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            if (!titleCase.get(i)) {
                Block block = read.get(i);
                modelNames.addAll(finder.find(
                        document.text(), block.span().start(), block.span().end()));
            }
        }
        CandidateScanner scanner = new CandidateScanner(document.text(), gazetteer, articleNames(document), modelNames);
        for (int i = 0; i < read.size(); i++) {
            Block block = read.get(i);
            scanner.scan(block.span().start(), block.span().end(), titleCase.get(i));
        }
        for (String person : people(document)) {
            scanner.mentionSomewhere(person, EntityType.PERSON);
        }
        for (Entity entity : EntityResolver.resolve(scanner.candidates(), document.exchanges())) {
            document.addEntity(withRoleAlias(asPerson(entity, document), document.interviewee()));
        }
    }

    /** The people taking part are people, whatever the model made of some mention of them. */
    private static Entity asPerson(Entity entity, WorkingDocument document) {
        boolean participant = (document.interviewee() != null
                        && entity.name().equals(document.interviewee().name()))
                || (document.interviewer() != null
                        && entity.name().equals(document.interviewer().name()));
        return participant && entity.type() != EntityType.PERSON
                ? new Entity(entity.name(), EntityType.PERSON, entity.aliases(), entity.mentions())
                : entity;
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

    /** The people the article's metadata names: its interviewee, interviewer and author. */
    private static List<String> people(WorkingDocument document) {
        List<String> people = new ArrayList<>();
        for (Speaker speaker : new Speaker[] {document.interviewee(), document.interviewer()}) {
            if (speaker != null) {
                people.add(speaker.name());
            }
        }
        if (document.author() != null && !document.author().isBlank()) {
            people.add(document.author());
        }
        return people;
    }

    private static Map<String, Entry> articleNames(WorkingDocument document) {
        Map<String, Entry> names = new HashMap<>();
        for (String person : people(document)) {
            names.put(person, new Entry(person, EntityType.PERSON));
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
