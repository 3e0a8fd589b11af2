package dev.colloquy.importer.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.core.article.ParsedArticle;
import dev.colloquy.core.quote.Quote;
import dev.colloquy.core.quote.QuoteKind;
import dev.colloquy.core.text.Span;
import dev.colloquy.importer.Importer;
import dev.colloquy.importer.StageFixtures;
import dev.colloquy.importer.TestDocuments;
import dev.colloquy.importer.document.WorkingDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectQuotesTest {

    @Test
    void narrativeQuotesTakeTheirSpeakerFromTheCueAndAContinuationIsDeclared() throws Exception {
        WorkingDocument document = StageFixtures.sampleBefore(CollectQuotes.class);
        new CollectQuotes().apply(document);

        Quote duty = starting(document, "It is our duty");
        assertThat(duty.kind()).isEqualTo(QuoteKind.NARRATIVE);
        assertThat(duty.speaker()).isEqualTo("Mark Rutte");
        Quote involves = starting(document, "This involves providing");
        assertThat(involves.speaker())
                .as("no cue of its own: the previous speaker's")
                .isEqualTo("Mark Rutte");
        assertThat(document.quoteContinuations())
                .containsEntry(involves.text().span(), duty.text().span());
        assertThat(document.quoteContinuations()).doesNotContainKey(duty.text().span());
    }

    @Test
    void anEmbeddedQuoteIsAThirdPersonsWordsInsideATurn() throws Exception {
        WorkingDocument document = StageFixtures.sampleBefore(CollectQuotes.class);
        new CollectQuotes().apply(document);

        assertThat(document.quotes())
                .filteredOn(quote -> quote.kind() == QuoteKind.EMBEDDED)
                .isNotEmpty()
                .allSatisfy(quote -> {
                    assertThat(quote.speaker()).isNotEqualTo("Mark Rutte");
                    assertThat(quote.exchange()).isNotNull();
                })
                .anySatisfy(quote -> assertThat(quote.speaker()).contains("Erdogan"));
    }

    @Test
    void quotesAreInTextOrderEachTheSourceAtItsSpanAndNoneHasASourceYet() throws Exception {
        WorkingDocument document = StageFixtures.sampleBefore(CollectQuotes.class);
        new CollectQuotes().apply(document);

        assertThat(document.quotes())
                .isSortedAccordingTo(Comparator.comparing(quote -> quote.text().span()));
        assertThat(document.quotes()).allSatisfy(quote -> {
            assertThat(document.text()
                            .substring(quote.text().start(), quote.text().end()))
                    .isEqualTo(quote.text().text());
            assertThat(quote.source()).isNull();
        });
    }

    /**
     * Two exchanges of the White House press briefing of 7 March 2022 (public domain; evaluation/corpus/
     * wh-briefings-2022), as published.
     */
    private static final String BRIEFING = """
            Press Briefing by Press Secretary Jen Psaki, March 7th, 2022

            MS. PSAKI:  Hi, everyone.  Okay, a couple of items for you at the top.

            Q    I want to read to you — if I could, Jen — some comments from
            people we’ve met at gas stations today.  One woman saying, “I just never
            imagined to see the cost of gas be this high.”  Another said, “It’s a
            huge stressor to my financial situation, a huge stressor.  It’s kind of
            like something I’m stressed about, like, during the day: Will I be able
            to afford gas?  How much money do I have?”

            MS. PSAKI:  Well, we certainly understand that.

            Q    Yesterday, Secretary Blinken said that sanctions on Russia over
            Ukraine have nothing to do with cooperation with Moscow on the Iran
            nuclear deal.  But today, Russian Foreign Minister Lavrov doubled down
            in saying that all participants must have “unhindered cooperation.”  Are
            you doing anything to provide Russia any kind of written guarantees in
            order to bring this, you know, Iran nuclear deal over the finish line?

            MS. PSAKI:  Well, again, I think on this, we’re making progress
            together.  Russia is a member of the P5+1.
            """;

    @Test
    void aCueThatDescribesItsSpeakerGivesAQuoteWithoutOneAndTheSubjectOfTheVerbSpeaks() throws Exception {
        WorkingDocument document = TestDocuments.annotate(BRIEFING);

        assertThat(starting(document, "I just never").speaker())
                .as("“One woman saying”: reported speech, nobody named")
                .isNull();
        assertThat(starting(document, "It’s a").speaker()).as("“Another said”").isNull();
        Quote partial = starting(document, "unhindered cooperation");
        assertThat(partial.kind()).isEqualTo(QuoteKind.EMBEDDED);
        assertThat(partial.speaker())
                .as("a short quote with a cue is a quote; the subject of “saying” is Lavrov, not Blinken")
                .contains("Lavrov");
    }

    /**
     * The lead of Wikinews, "Wikinews interviews New York bar owner on Santorum cocktail" (15 March 2012,
     * CC BY 2.5, via GUM; evaluation/corpus/gum-wikinews/cocktail.md), shortened, and its first exchange.
     */
    private static final String COCKTAIL = """
            # Wikinews interviews New York bar owner on Santorum cocktail

            Wikinews interviewed one of the owners of a New York City bar about a popular new politically-themed \
            cocktail drink called Santorum. Savage's readers voted to define santorum as; "the frothy mixture of \
            lube and fecal matter that is sometimes the byproduct of anal sex."

            > [The santorum neologism is] offensive beyond, you know, anything that any public figure or anybody \
            in America should tolerate, and the mainstream media laughs about it.
            >
            > — Rick Santorum

            Rick Santorum himself has acknowledged and discussed the existence and prevalence of the santorum \
            neologism phenomenon; he was quoted by The Canadian Press on his assessment of Google's response;

            > "To have a business allow that type of filth to be purveyed through their website or through their \
            system is something that they say they can't handle. I suspect that's not true."

            **Wikinews**: What inspired you to create a cocktail after the santorum neologism?

            **John-Christian G. Rauschenberg**: Santorum the person has been in the news throughout the primary \
            season, and we thought it would be interesting to try to create a delicious drink that mimicked the \
            appearance of the Dan Savage meaning of "santorum."

            **Wikinews**: When was the Santorum cocktail first created?

            **John-Christian G. Rauschenberg**: A few months ago.
            """;

    @Test
    void blockQuotesAreAttributedByTheirDashLineOrTheirLeadInAndAScareQuoteIsNoQuote() throws Exception {
        WorkingDocument document =
                Importer.standard().pipeline().annotate(TestDocuments.document("cocktail.md", COCKTAIL));

        Quote dashed = starting(document, "[The santorum neologism is]");
        assertThat(dashed.kind()).isEqualTo(QuoteKind.PULL);
        assertThat(dashed.speaker()).isEqualTo("Rick Santorum");
        assertThat(dashed.attribution().text()).isEqualTo("— Rick Santorum");
        Quote ledIn = starting(document, "To have a business");
        assertThat(ledIn.kind()).isEqualTo(QuoteKind.PULL);
        assertThat(ledIn.speaker())
                .as("“he was quoted by The Canadian Press …;” leads into it")
                .isEqualTo("Rick Santorum");
        assertThat(starting(document, "the frothy mixture").speaker())
                .as("no verb of speaking: no guess")
                .isNull();
        assertThat(document.quotes()).noneMatch(quote -> quote.text().text().equals("santorum."));
    }

    @Test
    void nestedStraightQuotesStayInsideTheOuterQuotation() {
        String text = "There is a wonderful quote attributed to Einstein — \"If we knew what we were doing, it"
                + " wouldn't be called \"research\", would it?\" Then \"Wild 2) was, and \"discover\" it.";
        List<Span> spans = QuotedSpeech.find(text, 0, text.length());
        assertThat(spans).hasSize(1);
        assertThat(text.substring(spans.get(0).start(), spans.get(0).end()))
                .isEqualTo("If we knew what we were doing, it wouldn't be called \"research\", would it?");
    }

    /**
     * Exchanges of the White House press briefing of 28 September 2021 (public domain; evaluation/corpus/
     * wh-briefings-2021), shortened, non-breaking spaces as spaces: a TV interview read out, a letter quoted.
     */
    private static final String INTERVIEW_READ_OUT = """
            Press Briefing by Press Secretary Jen Psaki, September 28, 2021

            MS. PSAKI: Hi, everyone. Good afternoon.

            Q  So, did the President mislead the American public about the advice of his military advisors?

            MS. PSAKI: Well, let me give you a full — a couple of specifics from the
            actual transcript, because I know it’s been shorthanded a bit. No
            malintent.

            But the question asked by George Stephanopoulos was, “But your” mil- —
            “top military advisors warned against withdrawing on this timeline. They
            wanted you to keep about 2,500 troops.” The President said, “No, they
            didn’t. It was split. That wasn’t true. That wasn’t true.” “It was
            split.” I think that’s a pretty key part of that phrasing there.

            Later on, he — George Stephanopoulos said, “So, no one told — your
            military advisors did not tell you,” quote, “‘No, we should just keep
            2,500 troops. It’s been a stable situation for the last several years.
            We can do that. We can continue to do that.’?”

            Q  Speaker Pelosi wrote a letter to — a “Dear Colleague” letter today.
            It says, “As I write this…negotiations are being led by President Biden
            to advance his” agenda. How do you view the President’s role right
            now?

            MS. PSAKI: The President is deeply engaged.

            Q  Thank you, Jen. The President has not shied away from the historical
            implications of leaving Afghanistan. He’s noted that it was “time to end
            a 20-year war.”

            MS. PSAKI: He has.
            """;

    @Test
    void theAgentOfAPassiveVerbTheWriterOfAQuotedTextAndAQuoteMarkerAfterAQuoteNameTheSpeaker() throws Exception {
        WorkingDocument document = TestDocuments.annotate(INTERVIEW_READ_OUT);

        assertThat(starting(document, "top military advisors").speaker())
                .as("“the question asked by George Stephanopoulos was”")
                .contains("Stephanopoulos");
        assertThat(starting(document, "‘No, we should just keep").speaker())
                .as("“, quote, “…”” right after his words carries them on")
                .contains("Stephanopoulos");
        assertThat(starting(document, "As I write this").speaker())
                .as("“Speaker Pelosi wrote a letter … It says”: the letter's writer")
                .contains("Pelosi");
        assertThat(starting(document, "time to end").speaker())
                .as("“Thank you, Jen. The President … He’s noted”: “Jen.” ends a sentence, “He’s” is “he”")
                .contains("Biden");
    }

    /**
     * The start of the White House press gaggle of 8 December 2021 (public domain; evaluation/corpus/
     * wh-briefings-2021), shortened, non-breaking spaces as spaces: the President's words relayed by the
     * Principal Deputy Press Secretary.
     */
    private static final String RELAYED = """
            Press Gaggle by Principal Deputy Press Secretary Karine Jean-Pierre En Route Kansas City, MO

            MS. JEAN-PIERRE:  All right.  Good afternoon, everybody.  President Biden will also hear from the
            president of the local union.

            Q    Thanks.  Two questions to start.  The first one is on Russia.  Is
            the President concerned that his credibility may suffer?

            MS. JEAN-PIERRE:  Well, let me just first say, the President actually
            took a couple of questions right before boarding Marine One.  So, I just
            want to give you, from him — directly what he said was, you know, his
            conversation was a “straightforward” conversation.  But he made clear if, in fact, that
            Putin invades Ukraine — Russia invades Ukraine — “there will be severe
            consequences” and severe “economic consequences.”

            He was also asked, “Are you confident that \\[Putin\\] got the message and
            knows this is different?”  And he said, “I \\[have\\] absolute confidence
            he got the message.”
            """;

    @Test
    void whoWasAskedDidNotSpeakAndThePronounAfterStillStandsForThem() throws Exception {
        WorkingDocument document = TestDocuments.annotate(RELAYED);

        assertThat(starting(document, "there will be severe").speaker())
                .as("“But he made clear”: he is the President, not the speaker of “let me say”")
                .contains("Biden");
        assertThat(starting(document, "Are you confident").speaker())
                .as("“He was also asked”: the one asked is no speaker, and nobody else is named")
                .isNull();
        assertThat(starting(document, "I \\[have\\] absolute").speaker())
                .as("“And he said” after “He was also asked”")
                .contains("Biden");
    }

    /**
     * Two exchanges of the White House press briefing of 4 May 2022 and one of the gaggle of 16 March 2021
     * (public domain; evaluation/corpus/wh-briefings-2022 and -2021), shortened, non-breaking spaces as spaces.
     */
    private static final String HEARD_SAY = """
            Press Briefing by Press Secretary Jen Psaki, May 4, 2022

            Q    Jen, thanks.  A couple on the Roe opinion.  Earlier this year,
            President Biden made a speech on voting rights.  He said they were under
            attack, it was important to do that.  Will he make an address to the
            nation on abortion access?

            MS. PSAKI:  I don’t have anything to preview.

            Q    And today, the President was sharply critical of the MAGA crowd and
            the MAGA agenda.  Is that what we should expect to be his message going
            into the midterms?

            MS. PSAKI:  Well, I think, for those of you who’ve been covering him for
            some time, you’ve heard him say — and maybe back more to the campaign
            trail, less as President — “Don’t compare me to the Almighty.  Compare
            me to the alternative.”  And I would expect you will hear him with that
            mantra much more out there over the next coming months.

            Q    So, when North Korea yesterday said they don’t want the U.S. to
            “cause a stink,” how do you respond to that?  What do you think — what’s
            — what do you think they’re up to?

            MS. PSAKI:  We don’t have a direct comment or response to the comments.
            """;

    @Test
    void whomOneHeardSayAndACountryThatSaidSomethingAreTheSpeakers() throws Exception {
        WorkingDocument document = TestDocuments.annotate(HEARD_SAY);

        assertThat(starting(document, "Don’t compare me").speaker())
                .as("“you’ve heard him say”: him, the President of the question before")
                .contains("Biden");
        assertThat(starting(document, "cause a stink").speaker())
                .as("“when North Korea yesterday said”: a body speaks through its statements")
                .isEqualTo("North Korea");
    }

    /** An exchange of the White House press briefing of 20 January 2021 (public domain), as published. */
    private static final String GAGGLE = """
            Press Briefing by Press Secretary Jen Psaki, January 20, 2021

            MS. PSAKI:  Hi, everyone.  Okay, a couple of items for you at the top.

            Q    A short time ago, President Biden said
            that he received a very generous letter from President Trump.  Of
            course, he said it was private.  He said, “I will not talk about it
            until I talk to him.”  Is President Biden planning to call now former
            President Trump?

            MS. PSAKI:  Well, I think, Peter, that was a reflection of President
            Biden’s view.  It was both generous and gracious.
            """;

    @Test
    void aPronounStandsForTheSubjectOfTheSentenceBeforeNotTheNameNearestIt() throws Exception {
        WorkingDocument document = TestDocuments.annotate(GAGGLE);

        assertThat(starting(document, "I will not talk about it").speaker())
                .as("“He said” after “he said it was private” after “President Biden said that he received a letter"
                        + " from President Trump”")
                .contains("Biden");
    }

    /**
     * The opening of Wikinews, "The future of the peace process in Israel" (9 January 2008, CC BY 2.5, via GUM;
     * evaluation/corpus/gum-wikinews/peres.html), shortened: a caption that repeats a line of the answer.
     */
    private static final String CAPTIONED = """
            <html><body><article>
            <h1>The future of the peace process in Israel</h1>
            <figure class="thumb">
              <img src="images/peres-1.jpg" alt="Israeli Flag" width="220">
              <figcaption>"The future is only peace. The problem is how long will it take and how many victims \
            will it call for." Shimon Peres image: David Shankbone.</figcaption>
            </figure>
            <p><strong>Wikinews:</strong> Mr. President, as a Nobel Peace Prize recipient and as one of the fathers \
            of the modern peace process in Israel, do you still think that there is a future to the peace process?</p>
            <p><strong>Shimon Peres:</strong> The future is only peace. The problem is how long will it take and how \
            many victims will it call for. Why do I say peace? Because when you look historically, at the development \
            of humanity, most of our lives we are living on the land.</p>
            <p><strong>Wikinews:</strong> How do you feel about that?</p>
            <p><strong>Peres:</strong> Well, I distinguish between two histories, the spiritual and the material.</p>
            </article></body></html>
            """;

    /** "He" inside an answer is neither the one answering ("I") nor the one asking ("you"). */
    @Test
    void aPronounInAnAnswerNeverStandsForTheInterviewer() throws Exception {
        ParsedArticle article = TestDocuments.parse("pronoun.md", """
                # Tom Reyes on the harbour project

                By Dana Whitlock

                Dana Whitlock spoke with Tom Reyes about the harbour project.

                **Dana Whitlock:** How did the project start?

                **Tom Reyes:** After Dana Whitlock wrote about the harbour, a man from the council came to see me. \
                He said, "We should rebuild the old pier before the winter storms."

                **Dana Whitlock:** And did you?

                **Tom Reyes:** We did, in the end, with a lot of help from the town.
                """);

        Quote pier = article.quotes().stream()
                .filter(quote -> quote.text().text().startsWith("We should rebuild"))
                .findFirst()
                .orElseThrow();
        assertThat(pier.kind()).isEqualTo(QuoteKind.EMBEDDED);
        assertThat(pier.speaker()).isNotEqualTo("Dana Whitlock").isNotEqualTo("Tom Reyes");
    }

    @Test
    void aCaptionThatRepeatsALineIsANarrativeQuoteOfThePersonItNamesAlignedToItsAnswer() throws Exception {
        ParsedArticle article = TestDocuments.parse("peres.html", CAPTIONED);

        Quote caption = article.quotes().stream()
                .filter(quote -> quote.text().text().startsWith("The future is only peace"))
                .findFirst()
                .orElseThrow();
        assertThat(caption.kind()).isEqualTo(QuoteKind.NARRATIVE);
        assertThat(caption.speaker())
                .as("the person the caption names after the quote, not the photographer")
                .isEqualTo("Shimon Peres");
        assertThat(caption.source()).isNotNull();
        assertThat(caption.source().exchange()).isEqualTo(1);
    }

    /**
     * Wikinews, "Frank Messina: An Interview with the 'Mets Poet'" (3 October 2007, CC BY 2.5, via GUM;
     * evaluation/corpus/gum-wikinews/messina.md), shortened: words quoted in single marks inside answers.
     */
    private static final String SINGLE_MARKS = """
            # Frank Messina: An Interview with the 'Mets Poet'

            *From Wikinews, the free news source you can write!*

            **You have received a good deal of attention recently.**

            Even though I'm not Michael Jackson or somebody, when people come up to me and introduce themselves \
            and say, 'Hey Frank, my name is John,' I say, 'Hey John, my name is Frank' and they laugh. It's a \
            funny phenomenon.

            **Sports fans aren't known as patrons of poetry. Have you had interaction with "new readers' through \
            your Mets work?**

            This one person who I never met took a picture of me and sent it to me in an e-mail. The e-mail \
            said, 'Frank, I have never bothered you during the game, but I just wanted to say thank you for your \
            work.'

            **Moments like that must make you realize you have touched people who aren't normally touched by \
            poetry.**

            It's opened up a new fan base, so to speak. My brother was a runner and they used to call him The \
            Birdman -- Birdie -- and they called me The Poet. It was a natural thing, but I never coined myself \
            as 'The Mets Poet.'
            """;

    @Test
    void wordsInSingleMarksAreAQuoteOnlyWithASpeechTagRightAtThem() throws Exception {
        WorkingDocument document = TestDocuments.annotate(SINGLE_MARKS);

        Quote people = starting(document, "Hey Frank, my name is John");
        assertThat(people.kind()).isEqualTo(QuoteKind.EMBEDDED);
        assertThat(people.speaker())
                .as("“people … say, ‘…,’ I say, ‘…’”: the tag before it is its own; the one after opens the next")
                .isNull();
        assertThat(document.quotes())
                .as("“I say, ‘Hey John, …’”: the speaker's own words")
                .noneMatch(quote -> quote.text().text().startsWith("Hey John"));
        assertThat(starting(document, "Frank, I have never bothered you").speaker())
                .as("“The e-mail said, ‘…’”: reported, nobody named")
                .isNull();
        assertThat(document.quotes())
                .as("no speech tag at ‘The Mets Poet.’ (and “they called me” is a sentence before)")
                .noneMatch(quote -> quote.text().text().contains("Mets Poet"));
    }

    /**
     * Godot Engine showcase, "The Garden Path developer talks about his experience" (Godot website, MIT;
     * evaluation/corpus/godot-showcase/godot-showcase-garden-path-developer-talks-about-his-experience.md),
     * shortened.
     */
    private static final String GARDEN_PATH = """
            ### Introduce your project in a few sentences: description, supported platforms, release date, etc.

            'The Garden Path' is really just the relaxed, whimsical social-sim I've always wanted on PC. Something \
            slow-spaced that you can put on a podcast alongside, or just soak in the atmosphere - you know?

            ### Why did you choose Godot for your project?

            I also liked the idea of being an early adopter at the time. There was buzz around the engine, but it \
            still needs those flagship titles that people can point to. And that's really very important, because \
            if people are asking 'how was this made' and the answer is something open source, that's a big \
            accomplishment.

            ### Which parts of the game development process did you find the most difficult to apply in your project?

            The raw maths. I spent most of my maths lessons watching crows out the window. I'm fortunate enough to \
            have some pretty mathsy friends who I can ping my questions to. They'll tell me 'use modulo' or 'you \
            want the absolute number for that' and I learn something new.
            """;

    @Test
    void aVerbRightBeforeSingleMarksTagsThemTheSecondOfTwoQuotesCarriesOnTheFirstAndAConditionTagsNone()
            throws Exception {
        WorkingDocument document = TestDocuments.annotate(GARDEN_PATH);

        assertThat(document.quotes())
                .filteredOn(quote -> quote.kind() == QuoteKind.EMBEDDED)
                .extracting(quote -> quote.text().text())
                .containsExactly("use modulo", "you want the absolute number for that");
        assertThat(starting(document, "use modulo").speaker())
                .as("“They'll tell me”: friends the answer describes, not named")
                .isNull();
        assertThat(document.quotes())
                .as("“if people are asking ‘…’”: a condition, words nobody said; ‘The Garden Path’: no tag, a title")
                .noneMatch(quote -> quote.text().text().contains("how was this made")
                        || quote.text().text().contains("Garden Path"));
    }

    @Test
    void aPersonNamedRightAfterTheQuoteWithFromIsItsSpeaker() throws Exception {
        // Kubernetes contributor site, "Spotlight on the Kubernetes Steering Committee" (Arpit Agrawal, © The
        // Kubernetes Authors, Apache-2.0), whole: "… that "everyone’s voice was heard and respected" from Clayton."
        Path file = Path.of("..", "evaluation", "corpus", "kubernetes-contributor-blog", "k8s-steering-spotlight.md");
        WorkingDocument document = Importer.standard()
                .pipeline()
                .annotate(TestDocuments.document(file.getFileName().toString(), Files.readString(file)));

        Quote survey = starting(document, "voice was heard");
        assertThat(survey.kind()).isEqualTo(QuoteKind.EMBEDDED);
        assertThat(survey.speaker()).as("not Paco, whose answer reports it").isEqualTo("Clayton");
    }

    @Test
    void aLeadQuoteWithoutAVerbOfSpeakingIsTheWordsOfThePersonTheSentenceOpensWith() throws Exception {
        // Wikinews, "Biologist Nick Bos tells Wikinews about 'self-medicating' ants" (CC BY 2.5, via GUM), whole
        Path file = Path.of("..", "evaluation", "corpus", "gum-wikinews", "ants.md");
        WorkingDocument document = Importer.standard()
                .pipeline()
                .annotate(TestDocuments.document(file.getFileName().toString(), Files.readString(file)));

        assertThat(starting(document, "the amazing adaptations").speaker())
                .as("“Nick Bos, of the University of Helsinki, studies “…””")
                .isEqualTo("Nick Bos");
        assertThat(starting(document, "a gap between scientists").speaker())
                .as("“The blog aims to help address “…””: a sentence opening with no name gives no speaker")
                .isNull();
    }

    @Test
    void wordsOwnedByTheSpeakerThemselvesAreNoQuote() throws Exception {
        // Kubernetes contributor site, "Spotlight on SIG Testing" (Sandipan Panda, © The Kubernetes Authors,
        // Apache-2.0), whole: "my very first question was "how do I test it in a cluster …?""
        Path file = Path.of("..", "evaluation", "corpus", "kubernetes-contributor-blog", "sig-testing-spotlight.md");
        WorkingDocument document = Importer.standard()
                .pipeline()
                .annotate(TestDocuments.document(file.getFileName().toString(), Files.readString(file)));

        assertThat(document.quotes()).noneMatch(quote -> quote.text().text().startsWith("how do I test it"));
    }

    @Test
    void aBlockQuoteThatAbridgesOrRewordsAnAnswerIsAPullQuoteOfItsSpeaker() throws Exception {
        // rOpenSci blog, ".rprofile: Julia Stewart Lowndes" (CC BY 4.0), whole: block quotes between the turns
        // repeat an answer with "..." for words left out, or with emphasis and a clause the answer does not have.
        Path file =
                Path.of("..", "evaluation", "corpus", "ropensci-blog", "2018-02-09-rprofile-julia-stewart-lowndes.md");
        WorkingDocument document = Importer.standard()
                .pipeline()
                .annotate(TestDocuments.document(file.getFileName().toString(), Files.readString(file)));

        for (String words : List.of("I was confusing my thesis", "I have conversations with grad students")) {
            Quote pulled = document.quotes().stream()
                    .filter(quote -> quote.kind() == QuoteKind.PULL
                            && quote.text().text().contains(words))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no pull quote with '" + words + "'"));
            assertThat(pulled.speaker()).as(words).isEqualTo("Julia Stewart Lowndes");
        }
    }

    @Test
    void aBlockQuoteThatSummarisesTheFrontMatterIsNoPullQuote() throws Exception {
        // Apache APISIX blog, contributor interview with Pengcheng Wang (Apache-2.0), whole: the block quote
        // under the title says what the article is about, as the front matter's description does.
        Path file = Path.of("..", "evaluation", "corpus", "apisix-blog", "2021-01-11-interview-wang-pengcheng.md");
        WorkingDocument document = Importer.standard()
                .pipeline()
                .annotate(TestDocuments.document(file.getFileName().toString(), Files.readString(file)));

        assertThat(document.quotes()).noneMatch(quote -> quote.kind() == QuoteKind.PULL);
    }

    @Test
    void aSpeechVerbJoinedByAndSharesTheSubjectItsClauseOpensWith() throws Exception {
        // rOpenSci blog, ".rprofile: Julia Silge" (CC BY 4.0), whole: "Dave turned to me and said, “…”"; and
        // Wikinews, "Frank Messina: An Interview with the 'Mets Poet'" (CC BY 2.5, via GUM): "when people come up to me
        // and introduce themselves
        // and say, '…'" opens with no name, so "me" in it makes the words no self-quote.
        Path silge = Path.of("..", "evaluation", "corpus", "ropensci-blog", "2018-06-08-rprofile-julia-silge.md");
        WorkingDocument document = Importer.standard()
                .pipeline()
                .annotate(TestDocuments.document(silge.getFileName().toString(), Files.readString(silge)));
        assertThat(starting(document, "build a package for text mining").speaker())
                .isIn("Dave Robinson", "Dave");

        Path messina = Path.of("..", "evaluation", "corpus", "gum-wikinews", "messina.md");
        WorkingDocument other = Importer.standard()
                .pipeline()
                .annotate(TestDocuments.document(messina.getFileName().toString(), Files.readString(messina)));
        assertThat(starting(other, "Hey Frank, my name is John").speaker()).isNull();
    }

    @Test
    void aPullQuoteInQuotationMarksIsTheWordsOfWhomTheAnswerQuotes() throws Exception {
        // rOpenSci blog, ".rprofile: Karthik Ram" (CC BY 4.0), whole: the block quote repeats, in quotation
        // marks, what his advisor (unnamed) told him; a plain block quote stays the interviewee's.
        Path file = Path.of("..", "evaluation", "corpus", "ropensci-blog", "2018-01-12-rprofile-karthik-ram.md");
        WorkingDocument document = Importer.standard()
                .pipeline()
                .annotate(TestDocuments.document(file.getFileName().toString(), Files.readString(file)));

        List<Quote> pulls = document.quotes().stream()
                .filter(quote -> quote.kind() == QuoteKind.PULL)
                .toList();
        assertThat(pulls)
                .filteredOn(quote -> quote.text().text().contains("hacker tools"))
                .singleElement()
                .extracting(Quote::speaker)
                .isNull();
        assertThat(pulls)
                .filteredOn(quote -> quote.text().text().contains("feel it out"))
                .singleElement()
                .extracting(Quote::speaker)
                .isEqualTo("Karthik Ram");
    }

    static Quote starting(WorkingDocument document, String words) {
        return document.quotes().stream()
                .filter(quote -> quote.text().text().contains(words))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + words + "'"));
    }
}
