package org.posdesk.infrastructure.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DumpStatisticsTest {

    private static final String DUMP = """
            -- MariaDB dump 10.19  Distrib 10.11.6-MariaDB
            /*!40101 SET NAMES utf8mb4 */;
            DROP TABLE IF EXISTS `merchant`;
            CREATE TABLE `merchant` (
              `id` bigint(20) NOT NULL,
              `name` varchar(100) NOT NULL
            ) ENGINE=InnoDB;
            LOCK TABLES `merchant` WRITE;
            INSERT INTO `merchant` VALUES (1,'鲜果超市 (FreshFruit)'),(2,'It\\'s a ),( trap\\\\'),(3,NULL);
            INSERT INTO `merchant` VALUES (4,0x00FF);
            INSERT INTO `merchant` VALUES
            (5,'one row a line, as mariadb-dump 10.11 writes'),
            (6,'line\\nbreak;');
            UNLOCK TABLES;
            CREATE TABLE `empty_one` (
              `id` bigint(20) NOT NULL
            ) ENGINE=InnoDB;
            CREATE SEQUENCE `merchant_seq` start with 1 minvalue 1 increment by 50 cache 1000 nocycle ENGINE=InnoDB;
            DO SETVAL(`merchant_seq`, 50001, 0);
            -- INSERT INTO `comment` VALUES (9);
            -- Dump completed
            """;

    @Test
    void countsRowsPerTableWhateverTheQuotesAndParenthesesInsideValues() {
        DumpFigures figures = figuresOf(DUMP, 1);
        assertThat(figures.complete()).isTrue();
        assertThat(figures.tables()).containsOnlyKeys("merchant", "empty_one", "merchant_seq");
        assertThat(figures.tables().get("merchant_seq").rows()).as("a sequence's value is its one row").isEqualTo(1);
        assertThat(figures.tables().get("merchant").rows()).isEqualTo(6);
        assertThat(figures.tables().get("empty_one")).isEqualTo(TableFigures.EMPTY);
        assertThat(figures.rows()).isEqualTo(7);
    }

    @Test
    void theFiguresDoNotDependOnHowTheStreamIsCutIntoWritesNorOnRowOrder() {
        DumpFigures whole = figuresOf(DUMP, DUMP.length() * 4);
        assertThat(figuresOf(DUMP, 1)).isEqualTo(whole);
        assertThat(figuresOf(DUMP, 7)).isEqualTo(whole);
        String reordered = DUMP.replace("VALUES (1,'鲜果超市 (FreshFruit)'),(2,", "VALUES (2,")
                .replace("(3,NULL);", "(3,NULL),(1,'鲜果超市 (FreshFruit)');");
        assertThat(figuresOf(reordered, 5)).isEqualTo(whole);
    }

    @Test
    void aChangedValueChangesTheChecksumButNotTheCount() {
        DumpFigures original = figuresOf(DUMP, 64);
        DumpFigures changed = figuresOf(DUMP.replace("(3,NULL)", "(3,'x')"), 64);
        assertThat(changed.tables().get("merchant").rows()).isEqualTo(6);
        assertThat(changed.tables().get("merchant").checksum()).isNotEqualTo(original.tables().get("merchant").checksum());
        assertThat(original.differenceFrom(changed)).hasValueSatisfying(reason ->
                assertThat(reason).contains("table merchant").contains("checksum"));
    }

    @Test
    void aSequenceRestoredToAnotherValueDiffers() {
        DumpFigures original = figuresOf(DUMP, 3);
        assertThat(original.differenceFrom(figuresOf(DUMP.replace("50001, 0", "1, 0"), 3)))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("table merchant_seq: checksum"));
    }

    @Test
    void aDumpCutOffBeforeItsClosingLineIsIncomplete() {
        String cut = DUMP.substring(0, DUMP.indexOf("(2,") + 5);
        assertThat(figuresOf(cut, 64).complete()).isFalse();
        assertThat(figuresOf(DUMP.replace("-- Dump completed\n", ""), 64).complete()).isFalse();
        assertThat(figuresOf(DUMP, 64).differenceFrom(figuresOf(cut, 64))).isPresent();
    }

    @Test
    void figuresSurviveTheirTextForm() {
        DumpFigures figures = figuresOf(DUMP, 64);
        assertThat(DumpFigures.parse(figures.format())).isEqualTo(figures);
        assertThat(figures.differenceFrom(DumpFigures.parse(figures.format()))).isEmpty();
    }

    @Test
    void missingAndExtraTablesAndLostRowsAreNamed() {
        DumpFigures figures = figuresOf(DUMP, 64);
        DumpFigures lostTable = figuresOf(DUMP.replace("CREATE TABLE `empty_one`", "CREATE TABLE `other`"), 64);
        assertThat(figures.differenceFrom(lostTable)).hasValueSatisfying(reason ->
                assertThat(reason).contains("empty_one is missing from the restore").contains("and 1 more"));
        DumpFigures lostRow = figuresOf(DUMP.replace("INSERT INTO `merchant` VALUES (4,0x00FF);\n", ""), 64);
        assertThat(figures.differenceFrom(lostRow)).hasValue("table merchant: 6 rows backed up, 5 restored");
    }

    private static DumpFigures figuresOf(String dump, int chunk) {
        byte[] bytes = dump.getBytes(StandardCharsets.UTF_8);
        DumpStatistics statistics = new DumpStatistics();
        for (int at = 0; at < bytes.length; at += chunk) {
            statistics.write(bytes, at, Math.min(chunk, bytes.length - at));
        }
        assertThat(statistics.bytes()).isEqualTo(bytes.length);
        return statistics.figures();
    }
}
