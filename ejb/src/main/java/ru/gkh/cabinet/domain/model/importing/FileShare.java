package ru.gkh.cabinet.domain.model.importing;

import java.io.Serializable;

/**
 * One partition's share of an import file: the rows of every {@code of}-th block of {@code block} rows, starting with
 * block {@code me}; the other partitions' rows are passed over without being read field by field. Every partition
 * reads the file from its start (a row cannot be found without the lines before it), so together they take every
 * row exactly once, and each stages its rows while another parses its own.
 */
public final class FileShare {

    /** Where a share stands: the parser's position and how many rows of the file (every partition's) it has passed. */
    public record Checkpoint(ImportFileParser.Position position, long rowsPassed) implements Serializable {
    }

    private final ImportFileParser parser;
    private final int block;
    private final int me;
    private final int of;
    private long rowsPassed;

    /** A share from the file's start, or from a checkpoint (the parser already moved to its position). */
    public FileShare(ImportFileParser parser, int block, int me, int of, Checkpoint from) {
        if (me < 0 || me >= of || block < 1) {
            throw new IllegalArgumentException("partition " + me + " of " + of + ", block " + block);
        }
        this.parser = parser;
        this.block = block;
        this.me = me;
        this.of = of;
        this.rowsPassed = from == null ? 0 : from.rowsPassed();
    }

    /** This share's next row, or null when the file has no more. */
    public ImportFileParser.ParsedRow next() {
        while ((rowsPassed / block) % of != me) {
            if (!parser.skip()) {
                return null;
            }
            rowsPassed++;
        }
        ImportFileParser.ParsedRow row = parser.next();
        if (row != null) {
            rowsPassed++;
        }
        return row;
    }

    public Checkpoint checkpoint() {
        return new Checkpoint(parser.position(), rowsPassed);
    }
}
