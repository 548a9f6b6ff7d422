using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;

namespace Sujuva.Web.Tests.Data;

/// <summary>A model change without its migration would pass on a fresh test database and fail on a real one.</summary>
public sealed class PendingModelChangesTests
{
    [Fact]
    public void SqliteMigrations_CoverTheModel()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add <Name> --project src/Sujuva.Web --context SqliteSujuvaDb --output-dir Data/Migrations/Sqlite");
    }

    [Fact]
    public void PostgresMigrations_CoverTheModel()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add <Name> --project src/Sujuva.Web --context PostgresSujuvaDb --output-dir Data/Migrations/Postgres");
    }
}
