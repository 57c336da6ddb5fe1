package io.veille.indexer.cli;

import java.util.List;

/** A plain-text table with fixed maximum column widths; long cells end with an ellipsis. */
final class Table {
    private Table() {
    }

    static String render(List<String> header, List<List<String>> rows, List<Integer> maxWidths) {
        int[] widths = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            widths[c] = header.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], Math.min(maxWidths.get(c), row.get(c).length()));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        return out.toString().stripTrailing();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c).replaceAll("\\s+", " ");
            if (cell.length() > widths[c]) {
                cell = cell.substring(0, widths[c] - 1) + "…";
            }
            out.append(cell);
            if (c < cells.size() - 1) {
                out.append(" ".repeat(widths[c] - cell.length() + 2));
            }
        }
        out.append('\n');
    }
}
