using Microsoft.EntityFrameworkCore;

namespace Sujuva.Web.Data;

/// <summary>PostgreSQL, for production and several app instances at once.</summary>
public sealed class PostgresSujuvaDb(DbContextOptions<PostgresSujuvaDb> options) : SujuvaDb(options);
