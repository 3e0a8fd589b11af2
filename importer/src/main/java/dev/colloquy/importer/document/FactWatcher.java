package dev.colloquy.importer.document;

/** Told of every read and write of a {@link Fact} on a working document: how stage contracts are checked. */
public interface FactWatcher {

    FactWatcher NONE = new FactWatcher() {
        @Override
        public void read(Fact fact) {}

        @Override
        public void wrote(Fact fact) {}
    };

    void read(Fact fact);

    void wrote(Fact fact);
}
