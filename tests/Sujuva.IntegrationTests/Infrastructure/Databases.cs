namespace Sujuva.IntegrationTests.Infrastructure;

/// <summary>Every API test runs on both providers, each time on a fresh database.</summary>
public static class Databases
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public static TheoryData<string> Both => new(Sqlite, Postgres);

    /// <summary>The server test.sh starts; unreachable means the test fails, never skips.</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("SUJUVA_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres";
}
