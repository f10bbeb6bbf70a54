"""Spanish date words (see handlers.language.dates for the rules and the field names)."""

from __future__ import annotations

WORDS: dict[str, str | bool] = dict(
    today="hoy",
    tomorrow="mañana|mñn",  # "mñn": chat
    after_tomorrow="pasado mañana",
    yesterday="ayer",
    before_yesterday="anteayer|antier|antes de ayer",
    next_week=(
        "la próxima semana|la semana que viene|la semana próxima|próxima semana|semana que viene"
    ),
    next_month="el mes que viene|el próximo mes|el mes próximo",
    end_of="fin de|a fin de|a finales de|finales de|al final de|final de",
    this_month="mes|este mes",
    month_vague="principios de|a principios de|mediados de|a mediados de",
    # "la semana que viene en algún momento": no one day (asked, as "sometime next week")
    vague="la semana que viene en algún momento|en algún momento de la semana que viene|"
    "la próxima semana en algún momento|en algún momento",
    weekdays="lunes|martes|miércoles|jueves|viernes|sábado|domingo",
    # chat abbreviations, read only after a lead word or before a time ("vie 9:00", "jue 10h")
    wd_short="0: lun; 2: mié|mie|mier; 3: jue; 4: vie; 5: sáb|sab; 6: dom",
    wd_short_lead="el|este|para el|hasta el",
    wd_pre="el|el próximo|próximo|este|para el|el día",
    wd_post="que viene|próximo",
    nw_post=("de la semana que viene|de la próxima semana|la semana que viene|la próxima semana"),
    months=(
        "enero ene|febrero feb|marzo mar|abril abr|mayo may|junio jun|julio jul|agosto ago|"
        "septiembre setiembre sept sep|octubre oct|noviembre nov|diciembre dic"
    ),
    md_pre="el|el día|para el",
    md_link="de",
    day_suf=r"(?:º|°)?",
    in_pre="en|dentro de",
    units=(
        "minute: minutos|minuto|min; hour: horas|hora|h; day: días|día; week: semanas|"
        "semana; month: meses|mes"
    ),
    nums=(
        "1: un|una|uno; 2: dos|un par de; 3: tres; 4: cuatro; 5: cinco; 6: seis; 7: siete; "
        "8: ocho; 9: nueve; 10: diez; 15: quince"
    ),
    nums_vague="un par de",  # "en un par de días": a count of no one size
    half_hour="media hora",
    quarter_hour="un cuarto de hora",
    clock24=True,
    t_pre="a las|a la|sobre las|hacia las|para las",
    t_suf="horas|hrs|h|hs",
    t_suf_glued="h|hs",
    mer=(
        "am: de la mañana|de la madrugada|por la mañana; pm: de la tarde|de la noche|por la tarde"
    ),
    noon="mediodía|al mediodía|a mediodía|a las doce del mediodía",
    midnight="medianoche|a medianoche",
    pod="9: por la mañana|a primera hora; 15: por la tarde; 20: por la noche",
    today_pod="9: esta mañana; 15: esta tarde; 20: esta noche",
    rel_block_before="la|esta|cada|una|buena|buenas|toda|de",
    day_pre="el día|para el día|el|para el|hasta el",
    day_cardinal_words=True,
    min_post="15: y cuarto; 30: y media; -15: menos cuarto|menos un cuarto",
    and_half="y media",
    and_words="y",
)

NUMBERS: dict[str, object] = {
    "atoms": (
        "cero|un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|"
        "catorce|quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte|veintiún|veintiuno|"
        "veintiuna|veintidós|veintitrés|veinticuatro|veinticinco|veintiséis|veintisiete|"
        "veintiocho|veintinueve|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|"
        "cien|ciento|doscientos|trescientos|cuatrocientos|quinientos|seiscientos|setecientos|"
        "ochocientos|novecientos|mil|millón|millones"
    ),
    "join": "y",
    "values": {
        1: "una|uno|un",
        2: "dos",
        3: "tres",
        4: "cuatro",
        5: "cinco",
        6: "seis",
        7: "siete",
        8: "ocho",
        9: "nueve",
        10: "diez",
        11: "once",
        12: "doce",
    },
    "ordinals": {1: "primero|primer"},
}
