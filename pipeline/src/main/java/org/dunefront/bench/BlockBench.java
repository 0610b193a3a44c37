package org.dunefront.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code java -cp dunefront.jar:lib/* org.dunefront.bench.BlockBench <block> <files...>}: runs one
 * building block over whole files and prints its cell count and wall time (the harness measures CPU
 * and peak RSS from outside). Blocks and their arguments: see {@link Block}; run without arguments for
 * the list.
 */
public final class BlockBench {
    private BlockBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: BlockBench <block> <files...>; blocks:");
            for (Block b : Block.values()) System.err.println("  " + b.usage());
            System.exit(2);
        }
        Block block = Block.parse(args[0]);
        if (args.length - 1 != block.arity()) {
            System.err.println("usage: BlockBench " + block.usage());
            System.exit(2);
        }
        long t0 = System.nanoTime();
        run(block, args);
        System.out.printf(Locale.ROOT, "%s: %.3f s wall, %d threads%n", block.cliName(),
                (System.nanoTime() - t0) / 1e9, Runtime.getRuntime().availableProcessors());
    }

    private static void run(Block block, String[] a) throws Exception {
        switch (block) {
            case COPY -> LocalBlocks.copy(p(a[1]), p(a[2]));
            case SLOPE -> LocalBlocks.slopeAspect(p(a[1]), p(a[2]), null);
            case ASPECT -> LocalBlocks.slopeAspect(p(a[1]), null, p(a[2]));
            case SLOPE_ASPECT -> LocalBlocks.slopeAspect(p(a[1]), p(a[2]), p(a[3]));
            case FOCAL_MEAN -> LocalBlocks.focalMean(p(a[1]), p(a[2]));
            case CALC -> LocalBlocks.calc(p(a[1]), p(a[2]), p(a[3]), Integer.parseInt(a[4]), p(a[5]));
            case PROXIMITY -> GlobalBlocks.proximity(p(a[1]), Integer.parseInt(a[2]), p(a[3]));
            case LABEL -> GlobalBlocks.label(p(a[1]), p(a[2]));
            case POLYGONIZE -> GlobalBlocks.polygonize(p(a[1]), p(a[2]));
        }
    }

    private static Path p(String s) {
        return Block.path(s);
    }
}
