using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Data;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Sprints;

/// <summary>The run state's columns of the sprint (Sprint.Run.cs), beside <see cref="SprintConfiguration"/>.</summary>
public sealed class SprintRunConfiguration : IEntityTypeConfiguration<Sprint>
{
    public void Configure(EntityTypeBuilder<Sprint> b)
    {
        b.Property(s => s.CurrentExercise).HasConversion<string>().HasMaxLength(TextLimits.Word);
        // Ticks: one integer column on both providers, exact to the tick.
        b.Property(s => s.PausedFor).HasConversion<long>();
        b.Property(s => s.RevealedRounds).StoredAsJson();
    }
}
