import { RecordingExcel } from "../../test/helpers/recording-excel-context";
import { ExcelHost } from "../hosts/excel";
import { daysPastDue } from "../functions/functions";
import { getDateSystem, setDateSystem } from "../functions/settings";
import { blocksDownloads, excelPaneEnvironment, shareDateSystemWithFunctions } from "./excel-runtime";

afterEach(() => setDateSystem("1900"));

describe("shareDateSystemWithFunctions", () => {
  it("makes the COLLECT functions read a 1904 workbook's serials as the dates they show", async () => {
    const host = new ExcelHost({ run: new RecordingExcel({ dateSystem: "1904" }).run });
    expect(await shareDateSystemWithFunctions(host)).toBeNull();
    expect(getDateSystem()).toBe("1904");
    // 44889 is 2026-11-25 in the 1904 system; 44842 is 2026-10-09.
    expect(daysPastDue(44842, 44889)).toBe(47);
  });

  it("keeps the 1900 system and says why when Excel cannot tell", async () => {
    const failing = new ExcelHost({ run: () => Promise.reject(new Error("RichApi.Error: the host is busy")) });
    const problem = await shareDateSystemWithFunctions(failing);
    expect(problem).toContain("the host is busy");
    expect(getDateSystem()).toBe("1900");
  });
});

describe("excelPaneEnvironment", () => {
  it.each([
    { platform: "Mac", blocked: true },
    { platform: "PC", blocked: false },
    { platform: "OfficeOnline", blocked: false },
    { platform: null, blocked: false },
  ])("blocks downloads on $platform: $blocked (Excel on Mac ignores download links)", ({ platform, blocked }) => {
    expect(blocksDownloads(platform)).toBe(blocked);
    const env = excelPaneEnvironment(new ExcelHost({ run: new RecordingExcel({ dateSystem: "1900" }).run }), platform);
    expect(env.downloadsBlocked).toBe(blocked);
    expect(env.workbookName).toBe("This workbook");
    expect(env.today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
