using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sujuva.Web.Data;

/// <summary>Lets `dotnet ef migrations add --context SqliteSujuvaDb` build the model without the host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSujuvaDb>
{
    public SqliteSujuvaDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSujuvaDb>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets `dotnet ef migrations add --context PostgresSujuvaDb` build the model without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSujuvaDb>
{
    public PostgresSujuvaDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSujuvaDb>().UseNpgsql("Host=localhost;Database=sujuva").Options);
}
