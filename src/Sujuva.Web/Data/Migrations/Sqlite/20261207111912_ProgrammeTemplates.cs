using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sujuva.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProgrammeTemplates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProgrammeTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Rhythm = table.Column<string>(type: "TEXT", nullable: false),
                    Sessions = table.Column<string>(type: "TEXT", nullable: false),
                    Group = table.Column<bool>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeTemplates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeTemplates_ServiceId",
                table: "ProgrammeTemplates",
                column: "ServiceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProgrammeTemplates");
        }
    }
}
