/* Proves the libraries of the Windows toolchain without Qt: SQLite answers its
 * version, libxlsxwriter writes a workbook with Cyrillic text, and minizip reads
 * it back. Prints one line per check; exit status 0 when all pass. */
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <unzip.h>
#include <xlsxwriter.h>

static int fail(const char *what)
{
    fprintf(stderr, "FAIL %s\n", what);
    return 1;
}

int main(void)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK
        || sqlite3_prepare_v2(db, "SELECT sqlite_version()", -1, &stmt, NULL) != SQLITE_OK
        || sqlite3_step(stmt) != SQLITE_ROW)
        return fail("sqlite");
    printf("SQLite %s (library %s)\n", (const char *)sqlite3_column_text(stmt, 0), sqlite3_libversion());
    sqlite3_finalize(stmt);
    sqlite3_close(db);

    const char *city = "\xd0\x96\xd0\xb8\xd1\x82\xd0\xbe\xd0\xbc\xd0\xb8\xd1\x80"; /* Житомир */
    lxw_workbook *workbook = workbook_new("smoke.xlsx");
    if (!workbook)
        return fail("workbook_new");
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, NULL);
    worksheet_write_string(sheet, 0, 0, city, NULL);
    if (workbook_close(workbook) != LXW_NO_ERROR)
        return fail("workbook_close");

    unzFile zip = unzOpen64("smoke.xlsx");
    if (!zip)
        return fail("unzOpen64");
    static char text[65536];
    int got = 0;
    if (unzLocateFile(zip, "xl/sharedStrings.xml", 0) != UNZ_OK || unzOpenCurrentFile(zip) != UNZ_OK
        || (got = unzReadCurrentFile(zip, text, sizeof text - 1)) <= 0)
        return fail("reading xl/sharedStrings.xml");
    text[got] = '\0';
    unzCloseCurrentFile(zip);
    unzClose(zip);
    if (!strstr(text, city))
        return fail("the Cyrillic cell did not come back");
    printf("libxlsxwriter %s wrote a workbook, minizip read it back\n", LXW_VERSION);
    printf("OK\n");
    return 0;
}
