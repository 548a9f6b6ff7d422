using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sujuva.Web.Platform.Jobs;

public sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> b)
    {
        b.ToTable("Jobs");
        b.HasKey(j => j.Id);
        b.Property(j => j.Kind).HasMaxLength(100);
        b.Property(j => j.Key).HasMaxLength(Job.MaxKey);
        b.Property(j => j.State).HasConversion<string>().HasMaxLength(20);
        b.Property(j => j.LeaseOwner).HasMaxLength(100);
        b.Property(j => j.LastError).HasMaxLength(Job.MaxError);
        // A business write made while a runner claimed or finished the job fails instead of undoing the runner's.
        b.Property(j => j.FencingToken).IsConcurrencyToken();
        b.HasIndex(j => j.Key).IsUnique();
        b.HasIndex(j => new { j.State, j.DueAt });
    }
}
