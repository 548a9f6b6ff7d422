using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sujuva.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProgrammeNamesInSwedishAndEnglish : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "ProgrammeTemplates",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameSv",
                table: "ProgrammeTemplates",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProgrammeNameEn",
                table: "ProgrammeEnrolments",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProgrammeNameSv",
                table: "ProgrammeEnrolments",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProgrammeNameEn",
                table: "CoachingSessions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProgrammeNameSv",
                table: "CoachingSessions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "ProgrammeTemplates");

            migrationBuilder.DropColumn(
                name: "NameSv",
                table: "ProgrammeTemplates");

            migrationBuilder.DropColumn(
                name: "ProgrammeNameEn",
                table: "ProgrammeEnrolments");

            migrationBuilder.DropColumn(
                name: "ProgrammeNameSv",
                table: "ProgrammeEnrolments");

            migrationBuilder.DropColumn(
                name: "ProgrammeNameEn",
                table: "CoachingSessions");

            migrationBuilder.DropColumn(
                name: "ProgrammeNameSv",
                table: "CoachingSessions");
        }
    }
}
