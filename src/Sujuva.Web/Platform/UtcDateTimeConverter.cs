using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Sujuva.Web.Platform;

/// <summary>SQLite hands back DateTime of Kind Unspecified; every stored time is UTC, so say so.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
