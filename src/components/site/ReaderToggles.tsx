'use client'

import { useEffect, useState } from 'react'

const elderKey = 'gk-elder'
const scriptKey = 'gk-script'

/** Runs before first paint (inlined in <head>) so a remembered mode never flashes. */
export const readerModeBootScript = `try{var d=document.documentElement;if(localStorage.getItem('${elderKey}')==='1')d.classList.add('elder');if(localStorage.getItem('${scriptKey}')==='hant'){d.classList.add('hant');d.lang='zh-Hant'}}catch(e){}`

/** Converts every text node and the title/alt/placeholder attributes to Traditional characters. */
async function convertPageToTraditional() {
  const OpenCC = await import('opencc-js/cn2t')
  const convert = OpenCC.Converter({ from: 'cn', to: 'tw' })
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('script,style,textarea,[data-no-convert]')) continue
    if (node.nodeValue?.trim()) node.nodeValue = convert(node.nodeValue)
  }
  for (const element of document.querySelectorAll<HTMLElement>('[title],[alt],[placeholder],[aria-label]')) {
    for (const attribute of ['title', 'alt', 'placeholder', 'aria-label']) {
      const value = element.getAttribute(attribute)
      if (value) element.setAttribute(attribute, convert(value))
    }
  }
  document.title = convert(document.title)
}

/**
 * 适老化 (elder-friendly: larger text, higher contrast) and 繁體 reading mode. Both are
 * remembered per reader in localStorage; pages stay cacheable because they are applied in
 * the browser.
 */
export function ReaderToggles() {
  const [elder, setElder] = useState(false)
  const [traditional, setTraditional] = useState(false)

  useEffect(() => {
    const root = document.documentElement
    setElder(root.classList.contains('elder'))
    const hant = root.classList.contains('hant')
    setTraditional(hant)
    if (hant) void convertPageToTraditional()
  }, [])

  const toggleElder = () => {
    const next = !elder
    setElder(next)
    document.documentElement.classList.toggle('elder', next)
    try {
      localStorage.setItem(elderKey, next ? '1' : '0')
    } catch {
      // private mode: the switch still works for this page
    }
  }

  const toggleScript = () => {
    const next = !traditional
    try {
      localStorage.setItem(scriptKey, next ? 'hant' : 'hans')
    } catch {
      // ignore
    }
    if (next) {
      setTraditional(true)
      document.documentElement.classList.add('hant')
      document.documentElement.lang = 'zh-Hant'
      void convertPageToTraditional()
    } else {
      // The original Simplified text is what the server sent: reload rather than convert back.
      window.location.reload()
    }
  }

  return (
    <div className="reader-tools" data-no-convert>
      <button type="button" aria-pressed={elder} onClick={toggleElder} id="toggle-elder">
        {elder ? '标准模式' : '长者模式'}
      </button>
      <button
        type="button"
        aria-pressed={traditional}
        onClick={toggleScript}
        id="toggle-script"
        lang={traditional ? 'zh-Hans' : 'zh-Hant'}
      >
        {traditional ? '简体' : '繁體'}
      </button>
    </div>
  )
}
