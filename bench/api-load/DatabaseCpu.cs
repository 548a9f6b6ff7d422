using System.Globalization;

namespace Sujuva.Bench.ApiLoad;

/// <summary>
/// CPU time of the PostgreSQL server processes serving one database on this machine, read from
/// /proc (a backend's title is "postgres: user database host…"), so the server's cost per move can be
/// told from a busy machine's just like the app's. Zero for SQLite, which runs inside the app.
/// </summary>
public sealed class DatabaseCpu(string? database)
{
    private const double TicksPerSecond = 100;  // USER_HZ on Linux, the unit of utime and stime in /proc/pid/stat

    public TimeSpan Total
    {
        get
        {
            if (database is null || !Directory.Exists("/proc")) return TimeSpan.Zero;
            long ticks = 0;
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                try
                {
                    var title = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                    if (!title.StartsWith("postgres: ", StringComparison.Ordinal) || !title.Contains($" {database} ", StringComparison.Ordinal)) continue;
                    var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);  // utime, stime (fields 14 and 15)
                }
                catch (IOException)
                {
                    // The process ended while being read.
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
    }

    public static string? DatabaseOf(string? connectionString) =>
        connectionString?.Split(';').Select(p => p.Split('=', 2)).FirstOrDefault(p =>
            p.Length == 2 && p[0].Trim().Equals("Database", StringComparison.OrdinalIgnoreCase))?[1].Trim();
}
