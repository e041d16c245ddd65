namespace PovertyEtl.Tests.Support;

/// <summary>
/// Reports loaded through the product's pipeline once per engine for a test class (a test class
/// fixture: thousands of listed households take a while). The warehouse is closed after loading,
/// so a test may open it again or run the executable on it.
/// </summary>
public abstract class LoadedWarehouses : IDisposable
{
    private readonly ScratchFolder _folder = new();
    private readonly Dictionary<string, string> _loaded = [];
    private readonly Lock _lock = new();

    /// <summary>The folder whose <c>data/warehouse.duckdb</c> is the DuckDB warehouse (the executable's default warehouse there).</summary>
    public string Folder => _folder.Path;

    /// <summary>Writes the reports to load into <paramref name="folder"/>.</summary>
    protected abstract IReadOnlyList<string> Reports(string folder);

    public string ConnectionString(string engine)
    {
        lock (_lock)
        {
            if (_loaded.TryGetValue(engine, out var loaded)) return loaded;
            var connection = TestWarehouse.ConnectionString(engine, Folder);
            var files = Reports(Path.Combine(Folder, "reports-" + engine));
            using (var warehouse = TestWarehouse.OpenReady(connection))
            {
                var run = TestPipeline.Create(warehouse, Path.Combine(Folder, "files-" + engine)).Ingest([.. files]);
                if (run.Loaded != files.Count)
                    throw new InvalidOperationException("the reports did not load: " + string.Join("; ", run.Files.Select(f =>
                        $"{Path.GetFileName(f.File)} {f.Status} {string.Join(" | ", f.Findings.Where(x => x.Severity == Severity.Error).Take(3).Select(x => x.Message))}")));
            }
            _loaded[engine] = connection;
            return connection;
        }
    }

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The <see cref="TraVinhReview2022"/> replica, loaded.</summary>
public sealed class TraVinh2022Warehouses : LoadedWarehouses
{
    protected override IReadOnlyList<string> Reports(string folder) => TraVinhReview2022.Write(folder);
}

/// <summary>
/// What the README's example queries are checked on: Trà Vinh's 9 districts in 2024 (the figures
/// of <see cref="TraVinhReview2022"/>, support none) and Vĩnh Long's tidy report of 2025 (four new
/// communes: Phường Trà Vinh 29242, Tập Sơn 29467 and Trà Cú 29461 of old Trà Vinh, Giao Long 28807
/// of old Bến Tre, which did not report in 2024).
/// </summary>
public sealed class ReadmeWarehouses : LoadedWarehouses
{
    protected override IReadOnlyList<string> Reports(string folder) =>
        [.. TraVinhReview2022.Write(folder, 2024), TidyReport.Create().AfterReform().SaveTo(folder, "vinh-long-2025")];
}
