package org.posdesk.application.order.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.posdesk.application.order.ImportFormatException;
import org.posdesk.application.order.ImportLine;
import org.posdesk.application.order.ImportProblem;
import org.posdesk.application.order.ImportProblem.Code;

class CsvOrderReaderTest {

    @Test
    void columnsAreFoundByNameInAnyOrderWithChineseNamesAndABom() throws Exception {
        List<ImportLine> lines = read("\uFEFF金额,订单号,门店\n12.50,A-1,S1\n\"3\",\"B,2\",\n");

        assertThat(lines).containsExactly(
                new ImportLine(2, "A-1", "S1", "12.50", null, null),
                new ImportLine(3, "B,2", null, "3", null, null));
    }

    @Test
    void headerProblemsAreReportedBeforeAnyRow() throws Exception {
        try (CsvOrderReader reader = reader("order_number,amount,colour,amount\nA,1,red,1\n")) {
            assertThat(reader.headerProblems()).extracting(ImportProblem::code)
                    .containsExactly(Code.HEADER_UNKNOWN_COLUMN, Code.HEADER_DUPLICATE_COLUMN);
            assertThat(reader.hasNext()).isFalse();
        }
        try (CsvOrderReader reader = reader("store,currency\n")) {
            assertThat(reader.headerProblems()).extracting(ImportProblem::column)
                    .containsExactly("order_number", "amount");
        }
        try (CsvOrderReader reader = reader("")) {
            assertThat(reader.headerProblems()).extracting(ImportProblem::code).containsExactly(Code.FILE_EMPTY);
        }
    }

    @Test
    void aRowWithExtraFieldsIsRefusedButTrailingEmptyOnesAreNot() throws Exception {
        try (CsvOrderReader reader = reader("order_number,amount\nA,1,,\nB,1,50\nC,2\n")) {
            assertThat(reader.next().orderNumber()).isEqualTo("A");
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(CsvOrderReader.RowRefused.class,
                    r -> assertThat(r.problem().row()).isEqualTo(3));
            assertThat(reader.next().orderNumber()).isEqualTo("C");
        }
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNotGuessed() {
        byte[] gbk = "order_number,store,amount\nA,门店,1\n".getBytes(Charset.forName("GBK"));

        assertThatThrownBy(() -> readAll(new CsvOrderReader(new ByteArrayInputStream(gbk))))
                .isInstanceOfSatisfying(ImportFormatException.class,
                        e -> assertThat(e.code()).isEqualTo(Code.FILE_NOT_UTF8));
    }

    @Test
    void brokenQuotingIsReportedAtItsRow() {
        assertThatThrownBy(() -> read("order_number,amount\nA,1\n\"B\"x,2\n"))
                .isInstanceOfSatisfying(ImportFormatException.class,
                        e -> assertThat(e.code()).isEqualTo(Code.FILE_MALFORMED));
    }

    private static CsvOrderReader reader(String text) throws Exception {
        return new CsvOrderReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<ImportLine> read(String text) throws Exception {
        try (CsvOrderReader reader = reader(text)) {
            return readAll(reader);
        }
    }

    private static List<ImportLine> readAll(CsvOrderReader reader) {
        List<ImportLine> lines = new ArrayList<>();
        reader.forEachRemaining(lines::add);
        return lines;
    }
}
