/**
 * The AdaIN half of `in-estilo`: a grey digit in one colour (the content), another in the chosen
 * colour (the style), and AdaIN(content, style) in pixel space, with each image's channel means and
 * deviations. No training; the maths is src/lib/adain.ts.
 */
import { useMemo, useState } from 'preact/hooks';
import { adain, channelStats, colourDigit, COLOUR_PRESETS, rgbaOf, SAMPLE_DIGITS, type ColourPreset } from '../../lib/adain';
import { bmpDataUrl } from '../../lib/bmp';
import { colourNames, text } from '../strings/in-estilo';
import { ChipRadios } from '../ui/ChipRadios';
import { DemoHeading } from '../ui/DemoHeading';
import './in-estilo.css';

const t = text.adain;
const CONTENT_COLOUR: ColourPreset = 'verde';
const STYLE_DIGIT = '5';
const STYLES = (Object.keys(COLOUR_PRESETS) as ColourPreset[]).filter((c) => c !== CONTENT_COLOUR);
const DIGITS = Object.keys(SAMPLE_DIGITS).filter((d) => d !== STYLE_DIGIT);

const paint = (digit: string, colour: ColourPreset) =>
  colourDigit(SAMPLE_DIGITS[digit], COLOUR_PRESETS[colour].paper, COLOUR_PRESETS[colour].ink);

export function AdaInPanel() {
  const [digit, setDigit] = useState(DIGITS[0]);
  const [style, setStyle] = useState<ColourPreset>(STYLES[0]);
  const images = useMemo(() => {
    const content = paint(digit, CONTENT_COLOUR);
    const styled = paint(STYLE_DIGIT, style);
    const result = adain(content, styled, 3);
    return [
      { key: 'content', label: t.images.content, short: t.images.content, alt: t.alt(digit, colourNames[CONTENT_COLOUR]), img: content },
      { key: 'style', label: t.images.style, short: t.images.style, alt: t.alt(STYLE_DIGIT, colourNames[style]), img: styled },
      { key: 'result', label: t.images.result, short: t.images.resultShort, alt: t.alt(digit, colourNames[style]), img: result },
    ].map((x) => ({ ...x, url: bmpDataUrl(rgbaOf(x.img, 64), 8, 8), stats: channelStats(x.img, 3) }));
  }, [digit, style]);
  return (
    <section class="tensor-panel" aria-labelledby="adain-title">
      <DemoHeading id="adain-title" class="demo-subtitle">
        {t.title}
      </DemoHeading>
      <p class="demo-hint">{t.intro}</p>
      <div class="tensor-panel__controls">
        <ChipRadios legend={t.content} choices={DIGITS.map((d) => ({ value: d, label: d }))} value={digit} onChange={setDigit} />
        <ChipRadios legend={t.style} choices={STYLES.map((c) => ({ value: c, label: colourNames[c] }))} value={style} onChange={setStyle} />
      </div>
      <div class="adain__images">
        {images.map((x) => (
          <figure key={x.key} class="adain__figure">
            <img class="adain__img" src={x.url} alt={x.alt} width={96} height={96} />
            <figcaption>{x.label}</figcaption>
          </figure>
        ))}
      </div>
      <table class="demo-table">
        <caption>{t.stats.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.stats.corner}</th>
            {images.map((x) => (
              <th key={x.key} scope="col">
                {x.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {t.channels.map((c, i) => (
            <tr key={c}>
              <th scope="row">{c}</th>
              {images.map((x) => (
                <td key={x.key}>
                  <span class="adain__stat">{t.stats.mean(x.stats.mean[i])}</span>
                  <span class="adain__stat">{t.stats.std(x.stats.std[i])}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="demo-hint">{t.note}</p>
    </section>
  );
}
